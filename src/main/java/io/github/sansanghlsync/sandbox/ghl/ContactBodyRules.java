package io.github.sansanghlsync.sandbox.ghl;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a contact write body the way GHL's class-validator pipe does, and answers with its messages
 * ({@code "property X should not exist"}, {@code "email must be an email"}, ...).
 */
final class ContactBodyRules {

    /**
     * Strictness of this emulator: phones must be E.164. The real API also takes some national formats,
     * but what it does with them is undocumented, so the program must send E.164 and the sandbox enforces it.
     */
    static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");
    /** ASCII local part and a dotted domain with a letter TLD, roughly what class-validator's isEmail accepts. */
    static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    private ContactBodyRules() {
    }

    /** Every problem of the body, in the order GHL reports them; empty when it is fine. */
    static List<String> check(JsonNode body, ContactDto dto, List<GhlCustomField> fields) {
        List<String> messages = new ArrayList<>();
        if (!body.isObject()) {
            messages.add("request body must be a JSON object");
            return messages;
        }
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (!dto.allows(property.getKey())) {
                messages.add("property " + property.getKey() + " should not exist");
            }
        }
        if (dto.requiresLocation() && !body.path("locationId").isString()) {
            messages.add("locationId must be a string");
        }
        for (String name : ContactDto.STRING_PROPERTIES) {
            JsonNode value = body.path(name);
            if (dto.allows(name) && !name.equals("locationId") && !value.isMissingNode() && !value.isNull()
                    && !value.isString()) {
                messages.add(name + " must be a string");
            }
        }
        String email = text(body, "email");
        if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            messages.add("email must be an email");
        }
        String phone = text(body, "phone");
        if (phone != null && !phone.isEmpty() && !E164.matcher(phone).matches()) {
            messages.add("phone must be a valid phone number");
        }
        if (dto == ContactDto.UPSERT && isBlank(email) && isBlank(phone)) {
            messages.add("email or phone is required");
        }
        checkBoolean(body, "dnd", messages);
        if (dto.allows("createNewIfDuplicateAllowed")) {
            checkBoolean(body, "createNewIfDuplicateAllowed", messages);
        }
        checkTags(body.path("tags"), "tags", messages);
        checkCustomFields(body.path("customFields"), fields, messages);
        return messages;
    }

    /** The location's field an item names by id or by key. */
    static Optional<GhlCustomField> resolve(JsonNode item, List<GhlCustomField> fields) {
        String id = text(item, "id");
        String key = text(item, "key");
        return fields.stream()
                .filter(f -> id != null && !id.isEmpty() ? f.id().equals(id) : key != null && f.hasKey(key))
                .findFirst();
    }

    static void checkTags(JsonNode tags, String name, List<String> messages) {
        if (tags.isMissingNode() || tags.isNull()) {
            return;
        }
        if (!tags.isArray()) {
            messages.add(name + " must be an array");
            return;
        }
        for (JsonNode tag : tags) {
            if (!tag.isString()) {
                messages.add("each value in " + name + " must be a string");
                return;
            }
        }
    }

    private static void checkCustomFields(JsonNode items, List<GhlCustomField> fields, List<String> messages) {
        if (items.isMissingNode() || items.isNull()) {
            return;
        }
        if (!items.isArray()) {
            messages.add("customFields must be an array");
            return;
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                messages.add("customFields: each item must be an object");
            } else if (resolve(item, fields).isEmpty()) {
                String named = text(item, "id") != null ? text(item, "id") : text(item, "key");
                messages.add("customFields: unknown custom field " + named);
            }
        }
    }

    private static void checkBoolean(JsonNode body, String name, List<String> messages) {
        JsonNode value = body.path(name);
        if (!value.isMissingNode() && !value.isNull() && !value.isBoolean()) {
            messages.add(name + " must be a boolean value");
        }
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.stringValue() : null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
