package io.github.sansanghlsync.ghl;

/** A custom field of a location ({@code GET /locations/{id}/customFields}); {@code fieldKey} looks like {@code contact.job_title}. */
public record GhlCustomField(String id, String name, String fieldKey, String dataType) {
}
