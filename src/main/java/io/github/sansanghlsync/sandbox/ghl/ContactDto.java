package io.github.sansanghlsync.sandbox.ghl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The whitelisted request bodies of GHL contact writes, property for property as in apps/contacts.json. */
enum ContactDto {

    /** {@code UpsertContactDto}: the create body plus {@code createNewIfDuplicateAllowed}. */
    UPSERT(List.of("firstName", "lastName", "name", "email", "locationId", "gender", "phone", "address1", "city",
            "state", "postalCode", "website", "timezone", "dnd", "dndSettings", "inboundDndSettings", "tags",
            "customFields", "source", "dateOfBirth", "country", "companyName", "assignedTo",
            "createNewIfDuplicateAllowed")),

    /** {@code CreateContactDto}: only {@code locationId} is required. */
    CREATE(List.of("firstName", "lastName", "name", "email", "locationId", "gender", "phone", "address1", "city",
            "state", "postalCode", "website", "timezone", "dnd", "dndSettings", "inboundDndSettings", "tags",
            "customFields", "source", "dateOfBirth", "country", "companyName", "assignedTo")),

    /** {@code UpdateContactDto}: no locationId, gender or companyName (GHL issues #313, #314). */
    UPDATE(List.of("firstName", "lastName", "name", "email", "phone", "address1", "city", "state", "postalCode",
            "website", "timezone", "dnd", "dndSettings", "inboundDndSettings", "tags", "customFields", "source",
            "dateOfBirth", "country", "assignedTo"));

    /** Properties whose value must be a string (or null) wherever they are allowed. */
    static final Set<String> STRING_PROPERTIES = Set.of("firstName", "lastName", "name", "email", "locationId",
            "gender", "phone", "address1", "city", "state", "postalCode", "website", "timezone", "source", "country",
            "companyName", "assignedTo");

    /** Properties stored as sent but not interpreted by the emulator. */
    static final Set<String> OPAQUE_PROPERTIES = Set.of("gender", "dnd", "dndSettings", "inboundDndSettings",
            "dateOfBirth", "assignedTo");

    private final Set<String> properties;

    ContactDto(List<String> properties) {
        this.properties = new LinkedHashSet<>(properties);
    }

    boolean allows(String property) {
        return properties.contains(property);
    }

    boolean requiresLocation() {
        return this != UPDATE;
    }
}
