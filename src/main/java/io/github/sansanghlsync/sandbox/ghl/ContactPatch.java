package io.github.sansanghlsync.sandbox.ghl;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a validated write body to a contact: every property present overwrites (null clears),
 * {@code tags} REPLACE the contact's tags as the real API does, custom fields merge by field id.
 */
final class ContactPatch {

    private ContactPatch() {
    }

    /** Applies the body; {@code withoutPhone} drops the phone (it belongs to another contact, see upsert). */
    static void apply(GhlContact.Builder contact, JsonNode body, List<GhlCustomField> fields, boolean withoutPhone) {
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String text = value.isString() ? value.stringValue() : null;
            switch (name) {
                case "firstName" -> contact.firstName = text;
                case "lastName" -> contact.lastName = text;
                case "name" -> contact.name = text;
                case "email" -> contact.email = blankToNull(text);
                case "phone" -> {
                    if (!withoutPhone) {
                        contact.phone = blankToNull(text);
                    }
                }
                case "companyName" -> contact.companyName = text;
                case "address1" -> contact.address1 = text;
                case "city" -> contact.city = text;
                case "state" -> contact.state = text;
                case "postalCode" -> contact.postalCode = text;
                case "country" -> contact.country = text;
                case "website" -> contact.website = text;
                case "timezone" -> contact.timezone = text;
                case "source" -> contact.source = text;
                case "tags" -> contact.tags = tags(value);
                case "customFields" -> customFields(contact, value, fields);
                default -> {
                    if (ContactDto.OPAQUE_PROPERTIES.contains(name)) {
                        contact.extras.put(name, value);
                    }
                }
            }
        }
    }

    /** Distinct, trimmed, non-blank tags in the order given. */
    static List<String> tags(JsonNode value) {
        Set<String> tags = new LinkedHashSet<>();
        value.forEach(tag -> {
            if (tag.isString() && !tag.stringValue().isBlank()) {
                tags.add(tag.stringValue().trim());
            }
        });
        return new ArrayList<>(tags);
    }

    private static void customFields(GhlContact.Builder contact, JsonNode items, List<GhlCustomField> fields) {
        for (JsonNode item : items) {
            ContactBodyRules.resolve(item, fields).ifPresent(field -> {
                JsonNode value = item.path("field_value");
                if (value.isMissingNode() || value.isNull() || value.isString() && value.stringValue().isEmpty()) {
                    contact.customFields.remove(field.id());
                } else {
                    contact.customFields.put(field.id(), value);
                }
            });
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
