package io.github.sansanghlsync.ghl;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code POST}/{@code PUT /contacts/{id}/notes}: GHL's {@code NotesDTO} (only the portable fields). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoteRequest(String body, String userId) {
}
