package io.github.sansanghlsync.note;

import io.github.sansanghlsync.activity.ChildChange;

import java.util.List;

/**
 * What one card or report asks of GHL: notes to write and context tags to add.
 *
 * @param contextTags (person, contact, tag) triples
 */
record NoteWork(List<ChildChange> notes, List<ContextTag> contextTags) {

    /** A tag that tells what kind of activity happened with the contact's person. */
    record ContextTag(String personId, String contactId, String tag) {
    }
}
