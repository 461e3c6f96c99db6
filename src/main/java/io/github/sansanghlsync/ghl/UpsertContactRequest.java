package io.github.sansanghlsync.ghl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The body of GHL's {@code POST /contacts/upsert}: only properties GHL's UpsertContactDto accepts
 * (it answers 422 to anything else), and never {@code tags}, which would replace the contact's tags.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpsertContactRequest(
        String locationId,
        String firstName,
        String lastName,
        String name,
        String email,
        String phone,
        String companyName,
        String address1,
        String city,
        String state,
        String postalCode,
        String country,
        String website,
        String source,
        List<CustomFieldValue> customFields) {

    /** One custom field value in GHL's write shape: {@code {"id": "...", "field_value": ...}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomFieldValue(String id, @JsonProperty("field_value") String fieldValue) {}

    public UpsertContactRequest withLocationId(String location) {
        return new UpsertContactRequest(location, firstName, lastName, name, email, phone, companyName, address1,
                city, state, postalCode, country, website, source, customFields);
    }

    public UpsertContactRequest withoutPhone() {
        return new UpsertContactRequest(locationId, firstName, lastName, name, email, null, companyName, address1,
                city, state, postalCode, country, website, source, customFields);
    }
}
