package io.github.sansanghlsync.ghl;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /contacts/{id}/tasks} ({@code CreateTaskParams}: title, dueDate and completed
 * required) and, without {@code completed}, of {@code PUT} ({@code UpdateTaskBody}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskRequest(String title, String body, String dueDate, Boolean completed, String assignedTo) {

    /** The update body: never sends {@code completed}, so an update does not reopen a completed task. */
    public TaskRequest forUpdate() {
        return new TaskRequest(title, body, dueDate, null, assignedTo);
    }
}
