package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.sansan.BizCard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One compiled field rule: reads card fields (or a constant), formats dates, joins, normalises kana,
 * falls back to a default; then sets a GHL standard field or a custom field.
 *
 * @param label      where the rule was written ({@code fields[2]}), for previews and messages
 * @param target     the standard field set, or null for a custom field
 * @param customKey  the custom field key set ({@code contact.exchange_date}), or null for a standard field
 * @param sources    card fields read, in order; empty for a constant
 * @param dateFormat applied to every date field value; null for none
 * @param zone       the zone date-times are shown in
 */
record FieldRule(String label, TargetField target, String customKey, List<SourceField> sources, String join,
                 String constant, String fallback, DateTimeFormatter dateFormat, ZoneId zone, KanaForm kana) {

    /** The rule's target as written in a definition: {@code companyName} or {@code customField.contact.x}. */
    String targetName() {
        return target != null ? target.fieldName() : TargetField.CUSTOM_FIELD_PREFIX + customKey;
    }

    /** The value this rule gives the card; null means "send nothing for the target". */
    String apply(BizCard card) {
        String value = constant;
        if (value == null && !sources.isEmpty()) {
            List<String> parts = new ArrayList<>(sources.size());
            for (SourceField source : sources) {
                int from = parts.size();
                source.addValues(card, parts);
                if (dateFormat != null && source.dateKind() != SourceField.DateKind.NONE) {
                    for (int i = from; i < parts.size(); i++) {
                        parts.set(i, formatDate(parts.get(i), source.dateKind()));
                    }
                }
            }
            value = parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : String.join(join, parts);
        }
        if (value != null && kana != null) {
            value = kana.apply(value);
        }
        return value == null ? fallback : value;
    }

    private String formatDate(String raw, SourceField.DateKind kind) {
        try {
            return kind == SourceField.DateKind.DATE
                    ? dateFormat.format(LocalDate.parse(raw))
                    : dateFormat.format(OffsetDateTime.parse(raw).atZoneSameInstant(zone));
        } catch (DateTimeParseException e) {
            // validation rejects cards with unreadable dates before rules run; keep the text rather than lose it
            return raw;
        }
    }
}
