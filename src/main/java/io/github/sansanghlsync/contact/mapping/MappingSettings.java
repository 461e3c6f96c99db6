package io.github.sansanghlsync.contact.mapping;

import java.util.Locale;
import java.util.Objects;

/**
 * How Sansan cards become GHL contacts: the regions to assume, the {@code source} label and the GHL
 * custom field keys, where a null key means "do not map this value".
 *
 * @param defaultPhoneRegion region for numbers written without {@code +}, when the card names no usable country
 * @param source             value of GHL's {@code source}; null sends none
 * @param defaultCountry     GHL {@code country} when the card's countryCode is not an ISO 3166-1 alpha-2 code
 * @param jobTitleKey        custom field key for the card's title
 * @param departmentKey      custom field key for the card's department
 * @param nameKanaKey        custom field key for the name's kana reading
 * @param officePhoneKey     custom field key for the office phone, used when the mobile takes {@code phone}
 * @param sansanPersonIdKey  custom field key for the Sansan person id
 */
public record MappingSettings(
        String defaultPhoneRegion,
        String source,
        String defaultCountry,
        String jobTitleKey,
        String departmentKey,
        String nameKanaKey,
        String officePhoneKey,
        String sansanPersonIdKey) {

    public MappingSettings {
        defaultPhoneRegion = region(defaultPhoneRegion, "defaultPhoneRegion");
        defaultCountry = region(defaultCountry, "defaultCountry");
        // a blank value in a YAML file means "not set", exactly like a missing one
        source = blankToNull(source);
        jobTitleKey = blankToNull(jobTitleKey);
        departmentKey = blankToNull(departmentKey);
        nameKanaKey = blankToNull(nameKanaKey);
        officePhoneKey = blankToNull(officePhoneKey);
        sansanPersonIdKey = blankToNull(sansanPersonIdKey);
    }

    /** Japan, source {@code Sansan} and the {@code contact.*} keys the setup guide tells users to create. */
    public static MappingSettings defaults() {
        return new MappingSettings("JP", "Sansan", "JP",
                "contact.job_title", "contact.department", "contact.name_kana",
                "contact.office_phone", "contact.sansan_person_id");
    }

    /** The custom field keys the mapping writes to, in order; each must exist in the GHL location. */
    public java.util.List<String> customFieldKeys() {
        return java.util.stream.Stream.of(jobTitleKey, departmentKey, nameKanaKey, officePhoneKey, sansanPersonIdKey)
                .filter(Objects::nonNull).toList();
    }

    private static String region(String value, String name) {
        Objects.requireNonNull(value, name + " is required");
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(name + " must be a two-letter country code, not '" + value + "'");
        }
        return code;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
