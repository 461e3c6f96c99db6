package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Contacts in GHL's response shape: lower-case companions, {@code type: "lead"}, custom fields as {@code {id, value}}. */
final class GhlContactJson {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private GhlContactJson() {
    }

    static ObjectNode write(GhlContact contact) {
        ObjectNode json = SandboxJson.object();
        json.put("id", contact.id());
        json.put("locationId", contact.locationId());
        json.put("name", contact.name());
        json.put("firstName", contact.firstName());
        json.put("lastName", contact.lastName());
        json.put("firstNameLowerCase", lower(contact.firstName()));
        json.put("lastNameLowerCase", lower(contact.lastName()));
        json.put("fullNameLowerCase", contact.fullName().isEmpty() ? null : lower(contact.fullName()));
        json.put("email", contact.email());
        json.put("emailLowerCase", contact.emailLowerCase());
        json.put("phone", contact.phone());
        json.put("companyName", contact.companyName());
        json.put("address1", contact.address1());
        json.put("city", contact.city());
        json.put("state", contact.state());
        json.put("postalCode", contact.postalCode());
        json.put("country", contact.country());
        json.put("website", contact.website());
        json.put("timezone", contact.timezone());
        json.put("source", contact.source());
        json.put("type", "lead");
        ArrayNode tags = json.putArray("tags");
        contact.tags().forEach(tags::add);
        ArrayNode fields = json.putArray("customFields");
        contact.customFields().forEach((id, value) -> fields.addObject().put("id", id).set("value", value));
        contact.extras().forEach(json::set);
        json.put("dateAdded", time(contact.dateAdded()));
        json.put("dateUpdated", time(contact.dateUpdated()));
        return json;
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
