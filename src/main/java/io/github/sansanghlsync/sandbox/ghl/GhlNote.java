package io.github.sansanghlsync.sandbox.ghl;

import java.time.Instant;

/** A note on a contact in the emulated GHL location (GHL's {@code GetNoteSchema}). */
public record GhlNote(String id, String contactId, String body, String userId, String title, String color,
                      Boolean pinned, Instant dateAdded) {
}
