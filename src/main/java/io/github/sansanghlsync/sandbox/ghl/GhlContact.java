package io.github.sansanghlsync.sandbox.ghl;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A contact in the emulated GHL location. {@code customFields} maps field id to value (the read shape
 * {@code {id, value}}); {@code extras} keeps the DTO properties the emulator stores but does not
 * interpret (gender, dnd, dndSettings, inboundDndSettings, dateOfBirth, assignedTo).
 */
public record GhlContact(String id, String locationId, String firstName, String lastName, String name,
                         String email, String phone, String companyName, String address1, String city,
                         String state, String postalCode, String country, String website, String timezone,
                         String source, List<String> tags, Map<String, JsonNode> customFields,
                         Map<String, JsonNode> extras, Instant dateAdded, Instant dateUpdated) {

    public GhlContact {
        tags = List.copyOf(tags);
        customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** First and last name, or {@code name} when neither is set; what GHL shows as the contact's name. */
    public String fullName() {
        String joined = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return joined.isEmpty() ? (name == null ? "" : name.trim()) : joined;
    }

    public String emailLowerCase() {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** A custom field's value as text, or null. */
    public String customFieldValue(String fieldId) {
        JsonNode value = customFields.get(fieldId);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy, used to apply a request body or build a contact by hand. */
    public static final class Builder {
        String id;
        String locationId;
        String firstName;
        String lastName;
        String name;
        String email;
        String phone;
        String companyName;
        String address1;
        String city;
        String state;
        String postalCode;
        String country;
        String website;
        String timezone;
        String source;
        List<String> tags = List.of();
        final Map<String, JsonNode> customFields = new LinkedHashMap<>();
        final Map<String, JsonNode> extras = new LinkedHashMap<>();
        Instant dateAdded;
        Instant dateUpdated;

        public Builder() {
        }

        private Builder(GhlContact c) {
            id = c.id; locationId = c.locationId; firstName = c.firstName; lastName = c.lastName; name = c.name;
            email = c.email; phone = c.phone; companyName = c.companyName; address1 = c.address1; city = c.city;
            state = c.state; postalCode = c.postalCode; country = c.country; website = c.website;
            timezone = c.timezone; source = c.source; tags = c.tags; customFields.putAll(c.customFields);
            extras.putAll(c.extras); dateAdded = c.dateAdded; dateUpdated = c.dateUpdated;
        }

        public GhlContact build() {
            return new GhlContact(id, locationId, firstName, lastName, name, email, phone, companyName, address1,
                    city, state, postalCode, country, website, timezone, source, tags, customFields, extras,
                    dateAdded, dateUpdated);
        }

        public Builder firstName(String v) { firstName = v; return this; }
        public Builder lastName(String v) { lastName = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder companyName(String v) { companyName = v; return this; }
        public Builder address1(String v) { address1 = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder state(String v) { state = v; return this; }
        public Builder postalCode(String v) { postalCode = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder website(String v) { website = v; return this; }
        public Builder timezone(String v) { timezone = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder tags(List<String> v) { tags = List.copyOf(v); return this; }
        public Builder customField(String fieldId, JsonNode value) { customFields.put(fieldId, value); return this; }
    }
}
