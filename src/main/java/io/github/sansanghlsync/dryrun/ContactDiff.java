package io.github.sansanghlsync.dryrun;

import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlContact;
import io.github.sansanghlsync.ghl.UpsertContactRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an upsert would change on a contact: the fields it sends whose value GHL holds differently. */
final class ContactDiff {

    /** One field an upsert would change, by the upsert's property name or {@code customField.<key>}. */
    record FieldChange(String field, String oldValue, String newValue) {
    }

    private ContactDiff() {
    }

    /** The changes, in the upsert's field order; fields the request leaves out are left alone by GHL too. */
    static List<FieldChange> of(UpsertContactRequest request, GhlContact current, Map<String, String> customFieldKeys) {
        List<FieldChange> changes = new ArrayList<>();
        sent(request).forEach((field, value) -> {
            String old = current.fields().get(field);
            boolean same = "email".equals(field) ? value.equalsIgnoreCase(Objects.toString(old, "")) : value.equals(old);
            if (!same) {
                changes.add(new FieldChange(readable(field, customFieldKeys), old, value));
            }
        });
        return changes;
    }

    /** The request's fields by name, as {@link GhlContact#fields()} names them. */
    static Map<String, String> sent(UpsertContactRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] values = {request.firstName(), request.lastName(), request.name(), request.email(), request.phone(),
                request.companyName(), request.address1(), request.city(), request.state(), request.postalCode(),
                request.country(), request.website(), request.source()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                fields.put(GhlClient.UPSERT_FIELDS.get(i), values[i]);
            }
        }
        if (request.customFields() != null) {
            request.customFields().stream().filter(value -> value.fieldValue() != null)
                    .forEach(value -> fields.put("customField." + value.id(), value.fieldValue()));
        }
        return fields;
    }

    private static String readable(String field, Map<String, String> customFieldKeys) {
        if (field.startsWith("customField.")) {
            String key = customFieldKeys.get(field.substring("customField.".length()));
            return key == null ? field : "customField." + key;
        }
        return field;
    }
}
