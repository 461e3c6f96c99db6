package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.contact.mapping.InvalidMappingException.Problem;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks the field rules of a definition and compiles them once, at startup, into {@link FieldRule}s. */
final class FieldRuleCompiler {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");
    static final String DEFAULT_JOIN = " ";
    // Japanese so that a pattern with E or MMMM reads 月 / 4月 on a Japanese CRM
    private static final Locale DATE_LOCALE = Locale.JAPAN;

    private final List<Problem> problems;

    FieldRuleCompiler(List<Problem> problems) {
        this.problems = problems;
    }

    /** The compiled rule, or null when it has problems (which are added to the list). */
    FieldRule compile(int index, FieldRuleSpec spec) {
        String key = "fields[" + index + "]";
        int before = problems.size();
        TargetField target = null;
        String customKey = null;
        String to = blankToNull(spec.to());
        if (to == null) {
            problem(key + ".to", "a rule needs 'to:', a GHL field (" + String.join(", ", TargetField.names())
                    + ") or customField.<key>");
        } else if (to.startsWith(TargetField.CUSTOM_FIELD_PREFIX)) {
            customKey = blankToNull(to.substring(TargetField.CUSTOM_FIELD_PREFIX.length()));
            if (customKey == null) {
                problem(key + ".to", "'" + to + "' names no custom field: write customField.<key>, e.g. customField.contact.exchange_date");
            } else {
                customKey = MappingRules.fullKey(customKey);
            }
        } else {
            target = TargetField.named(to);
            if (target == null) {
                problem(key + ".to", unknownTarget(to));
            }
        }

        List<String> from = spec.from() == null ? List.of() : spec.from().stream().map(FieldRuleCompiler::blankToNull)
                .filter(name -> name != null).toList();
        String constant = spec.constant();
        if (!from.isEmpty() && constant != null) {
            problem(key + ".constant", "a rule takes either 'from:' or 'constant:', not both");
        } else if (from.isEmpty() && constant == null) {
            problem(key + ".from", "a rule needs 'from:' (Sansan card fields) or 'constant:'");
        }
        List<SourceField> sources = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            SourceField source = SourceField.named(from.get(i));
            if (source == null) {
                problem(key + ".from" + (from.size() > 1 || spec.from().size() > 1 ? "[" + i + "]" : ""),
                        "unknown Sansan card field '" + from.get(i) + "'" + Spelling.hint(from.get(i), SourceField.names())
                                + " (card fields: " + String.join(", ", SourceField.names()) + ")");
            } else {
                sources.add(source);
            }
        }

        ZoneId zone = zone(key, spec.zone());
        DateTimeFormatter dateFormat = dateFormat(key, spec.dateFormat(), sources, zone);
        KanaForm kana = null;
        if (blankToNull(spec.kana()) != null) {
            kana = KanaForm.of(spec.kana()).orElse(null);
            if (kana == null) {
                problem(key + ".kana", "unknown kana form '" + spec.kana() + "': use "
                        + Arrays.stream(KanaForm.values()).map(KanaForm::value).collect(Collectors.joining(", ")));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new FieldRule(key, target, customKey, List.copyOf(sources), spec.join() == null ? DEFAULT_JOIN : spec.join(),
                constant, spec.fallback(), dateFormat, zone, kana);
    }

    private ZoneId zone(String key, String zone) {
        if (blankToNull(zone) == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            problem(key + ".zone", "unknown time zone '" + zone + "': use a region id such as Asia/Tokyo or UTC");
            return DEFAULT_ZONE;
        }
    }

    private DateTimeFormatter dateFormat(String key, String pattern, List<SourceField> sources, ZoneId zone) {
        if (blankToNull(pattern) == null) {
            return null;
        }
        DateTimeFormatter format;
        try {
            format = DateTimeFormatter.ofPattern(pattern, DATE_LOCALE);
        } catch (IllegalArgumentException e) {
            problem(key + ".date-format", "'" + pattern + "' is not a date pattern (" + e.getMessage()
                    + "); e.g. yyyy/MM/dd or yyyy-MM-dd HH:mm");
            return null;
        }
        List<SourceField> dates = sources.stream().filter(s -> s.dateKind() != SourceField.DateKind.NONE).toList();
        if (dates.isEmpty()) {
            problem(key + ".date-format", "date-format needs a date field in 'from:' (exchangeDate, registeredTime or updatedTime)");
            return null;
        }
        for (SourceField source : dates) {
            try {
                // a sample proves the pattern asks only for what the field has: exchangeDate has no time of day
                format.format(source.dateKind() == SourceField.DateKind.DATE ? LocalDate.of(2024, 4, 1)
                        : OffsetDateTime.parse("2024-04-01T10:30:00+09:00").atZoneSameInstant(zone));
            } catch (DateTimeException e) {
                problem(key + ".date-format", "'" + pattern + "' cannot format " + source.fieldName()
                        + (source.dateKind() == SourceField.DateKind.DATE ? ", a date without time of day" : "")
                        + " (" + e.getMessage() + ")");
                return null;
            }
        }
        return format;
    }

    private static String unknownTarget(String to) {
        String lower = to.toLowerCase(Locale.ROOT);
        if (lower.equals("email") || lower.equals("phone")) {
            return "'" + to + "' is owned by the built-in mapping: GHL matches contacts on e-mail and phone, so they are "
                    + "validated and follow the identity policy; a rule cannot set them (copy one into a custom field "
                    + "with to: customField.<key> instead)";
        }
        if (lower.equals("tags")) {
            return "tags come from the tag rules (tags.*), not from field rules";
        }
        List<String> known = new ArrayList<>(TargetField.names());
        return "unknown target '" + to + "'" + Spelling.hint(to, known) + " (GHL fields: " + String.join(", ", known)
                + "; custom fields: customField.<key>)";
    }

    private void problem(String key, String message) {
        problems.add(new Problem(key, message));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
