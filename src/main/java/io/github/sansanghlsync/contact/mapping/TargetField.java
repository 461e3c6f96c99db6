package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ghl.UpsertContactRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The GHL standard contact fields a mapping rule may set ({@code to:}); custom fields are named {@code customField.<key>}. */
enum TargetField {
    FIRST_NAME("firstName", UpsertContactRequest::firstName),
    LAST_NAME("lastName", UpsertContactRequest::lastName),
    NAME("name", UpsertContactRequest::name),
    COMPANY_NAME("companyName", UpsertContactRequest::companyName),
    ADDRESS1("address1", UpsertContactRequest::address1),
    CITY("city", UpsertContactRequest::city),
    STATE("state", UpsertContactRequest::state),
    POSTAL_CODE("postalCode", UpsertContactRequest::postalCode),
    COUNTRY("country", UpsertContactRequest::country),
    WEBSITE("website", UpsertContactRequest::website),
    SOURCE("source", UpsertContactRequest::source);

    static final String CUSTOM_FIELD_PREFIX = "customField.";

    private static final Map<String, TargetField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(TargetField::fieldName, Function.identity()));

    private final String fieldName;
    private final Function<UpsertContactRequest, String> read;

    TargetField(String fieldName, Function<UpsertContactRequest, String> read) {
        this.fieldName = fieldName;
        this.read = read;
    }

    String fieldName() {
        return fieldName;
    }

    String of(UpsertContactRequest request) {
        return read.apply(request);
    }

    static TargetField named(String name) {
        return BY_NAME.get(name);
    }

    static List<String> names() {
        return Arrays.stream(values()).map(TargetField::fieldName).toList();
    }

    /** A request with the standard fields from {@code values} (indexed by ordinal), the rest taken from {@code base}. */
    static UpsertContactRequest request(UpsertContactRequest base, String[] values) {
        return new UpsertContactRequest(base.locationId(), values[FIRST_NAME.ordinal()], values[LAST_NAME.ordinal()],
                values[NAME.ordinal()], base.email(), base.phone(), values[COMPANY_NAME.ordinal()],
                values[ADDRESS1.ordinal()], values[CITY.ordinal()], values[STATE.ordinal()],
                values[POSTAL_CODE.ordinal()], values[COUNTRY.ordinal()], values[WEBSITE.ordinal()],
                values[SOURCE.ordinal()], base.customFields());
    }
}
