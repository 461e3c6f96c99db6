package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.contact.mapping.FieldRuleSpec;
import org.springframework.boot.context.properties.bind.Name;

import java.util.List;

/**
 * One entry of {@code mapping.fields}: a field rule as written in the definition (see {@link FieldRuleSpec}
 * and the README's "Field rules").
 *
 * @param fallback the YAML key {@code default} (a Java keyword)
 */
public record FieldRuleProperties(
        String to,
        List<String> from,
        String join,
        String constant,
        @Name("default") String fallback,
        String dateFormat,
        String zone,
        String kana) {

    FieldRuleSpec spec() {
        return new FieldRuleSpec(to, from, join, constant, fallback, dateFormat, zone, kana);
    }
}
