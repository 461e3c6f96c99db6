package io.github.sansanghlsync.sandbox.ghl;

/** A contact custom field of a location, as {@code GET /locations/{id}/customFields} lists it. */
public record GhlCustomField(String id, String name, String fieldKey, String dataType, String model, String locationId) {

    /** Whether a write names this field by key: the full key ({@code contact.job_title}) or without the model. */
    boolean hasKey(String key) {
        return fieldKey.equals(key) || fieldKey.equals(model + "." + key);
    }
}
