package io.github.sansanghlsync.task;

import io.github.sansanghlsync.activity.ChildChange;
import io.github.sansanghlsync.link.ChildLink;

import java.util.List;

/** What one card or report asks of GHL: tasks to create or update, and follow-ups to mark completed. */
record TaskWork(List<ChildChange> tasks, List<Completion> completions) {

    /** A follow-up task that a later activity shows was done. */
    record Completion(String contactId, ChildLink task, String reason) {
    }
}
