package io.github.sansanghlsync.contact.mapping;

import java.util.List;

/**
 * One field rule as the sync definition writes it ({@code mapping.fields[n]}), before it is checked and compiled.
 *
 * @param to         a GHL standard field ({@code companyName}) or {@code customField.<key>}
 * @param from       the Sansan card fields read, in order
 * @param join       separator between the values of several fields (default one space)
 * @param constant   a fixed value instead of {@code from}
 * @param fallback   the value when the result is empty ({@code default:} in YAML)
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern for date fields
 * @param zone       the time zone date-times are shown in (default Asia/Tokyo)
 * @param kana       a {@link KanaForm} value
 */
public record FieldRuleSpec(String to, List<String> from, String join, String constant, String fallback,
                            String dateFormat, String zone, String kana) {
}
