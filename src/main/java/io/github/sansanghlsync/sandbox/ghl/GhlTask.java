package io.github.sansanghlsync.sandbox.ghl;

/** A task on a contact in the emulated GHL location (GHL's {@code TaskSchema}); {@code dueDate} as sent (ISO-8601). */
public record GhlTask(String id, String contactId, String title, String body, String assignedTo, String dueDate,
                      boolean completed) {
}
