package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlCustomField;

import java.util.HashMap;
import java.util.Map;

/** Resolves the custom field keys of the mapping ({@code contact.job_title}) to the location's field ids, fetched once. */
public class CustomFieldIds {

    private final GhlClient ghl;
    private Map<String, String> idsByKey;

    public CustomFieldIds(GhlClient ghl) {
        this.ghl = ghl;
    }

    /** The id of a custom field key; fails with a message naming the key when the location lacks it. */
    public synchronized String idOf(String key) {
        if (idsByKey == null) {
            idsByKey = new HashMap<>();
            for (GhlCustomField field : ghl.customFields()) {
                if (field.fieldKey() != null) {
                    idsByKey.put(field.fieldKey(), field.id());
                }
            }
        }
        String id = idsByKey.get(key.startsWith("contact.") ? key : "contact." + key);
        if (id == null) {
            throw new IllegalStateException("The GHL location " + ghl.locationId() + " has no custom field '" + key
                    + "'. Create it in GHL (Settings > Custom Fields) or remove it from the mapping. Known keys: "
                    + idsByKey.keySet().stream().sorted().toList());
        }
        return id;
    }
}
