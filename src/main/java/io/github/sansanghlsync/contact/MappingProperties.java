package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.contact.mapping.MappingRules;
import io.github.sansanghlsync.contact.mapping.MappingSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The mapping a sync definition may change ({@code mapping.*}, or {@code MAPPING_*} in the environment):
 * regions, the {@code source} label, and which GHL custom field (by key) receives each Sansan value.
 * A key left out keeps the default; {@code none} (or an empty value) stops mapping that value.
 * {@code fields}, {@code name-order} and {@code romanised-names} add rules on top (see {@link MappingRules}).
 */
@ConfigurationProperties("mapping")
public record MappingProperties(
        String phoneRegion,
        String source,
        String defaultCountry,
        String jobTitleField,
        String departmentField,
        String nameKanaField,
        String officePhoneField,
        String sansanPersonIdField,
        List<FieldRuleProperties> fields,
        String nameOrder,
        String romanisedNames) {

    /** The name order and field rules, checked and compiled; throws {@code InvalidMappingException} naming each bad key. */
    public MappingRules rules() {
        return MappingRules.compile(fields == null ? List.of() : fields.stream()
                .map(rule -> rule == null ? null : rule.spec()).toList(), nameOrder, romanisedNames);
    }

    /** The settings the mapper uses: defaults where nothing was said. */
    public MappingSettings settings() {
        MappingSettings defaults = MappingSettings.defaults();
        return new MappingSettings(
                phoneRegion == null ? defaults.defaultPhoneRegion() : phoneRegion,
                orDefault(source, defaults.source()),
                defaultCountry == null ? defaults.defaultCountry() : defaultCountry,
                orDefault(jobTitleField, defaults.jobTitleKey()),
                orDefault(departmentField, defaults.departmentKey()),
                orDefault(nameKanaField, defaults.nameKanaKey()),
                orDefault(officePhoneField, defaults.officePhoneKey()),
                orDefault(sansanPersonIdField, defaults.sansanPersonIdKey()));
    }

    private static String orDefault(String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        return value.isBlank() || value.strip().equalsIgnoreCase("none") ? null : value;
    }
}
