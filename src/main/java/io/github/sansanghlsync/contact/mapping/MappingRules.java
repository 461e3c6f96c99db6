package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.contact.mapping.InvalidMappingException.Problem;
import io.github.sansanghlsync.sansan.BizCard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a sync definition adds to the built-in mapping: the name order and the field rules
 * ({@code mapping.fields}), compiled once. Rules run after the built-in mapping, in order; a rule
 * replaces its target's value, and a later rule wins over an earlier one.
 */
public final class MappingRules {

    private final NameOrder nameOrder;
    private final boolean swapRomanised;
    private final List<FieldRule> rules;

    private MappingRules(NameOrder nameOrder, boolean swapRomanised, List<FieldRule> rules) {
        this.nameOrder = nameOrder;
        this.swapRomanised = swapRomanised;
        this.rules = List.copyOf(rules);
    }

    /** The built-in mapping alone: no rules, no {@code name}, names as on the card. */
    public static MappingRules none() {
        return new MappingRules(NameOrder.AS_CARD, false, List.of());
    }

    /**
     * Checks and compiles the rules.
     *
     * @param nameOrder      a {@link NameOrder} value; null for {@code as-card}
     * @param romanisedNames {@code as-card} or {@code swapped}; null for {@code as-card}
     * @throws InvalidMappingException naming every problem's key
     */
    public static MappingRules compile(List<FieldRuleSpec> fields, String nameOrder, String romanisedNames) {
        List<Problem> problems = new ArrayList<>();
        NameOrder order = NameOrder.AS_CARD;
        if (nameOrder != null && !nameOrder.isBlank()) {
            order = NameOrder.of(nameOrder).orElse(null);
            if (order == null) {
                problems.add(new Problem("name-order", "unknown name order '" + nameOrder + "': use "
                        + Arrays.stream(NameOrder.values()).map(NameOrder::value).collect(Collectors.joining(", "))));
            }
        }
        boolean swap = false;
        if (romanisedNames != null && !romanisedNames.isBlank()) {
            String value = romanisedNames.strip().toLowerCase(Locale.ROOT);
            swap = value.equals("swapped");
            if (!swap && !value.equals("as-card")) {
                problems.add(new Problem("romanised-names", "unknown value '" + romanisedNames + "': use as-card or swapped"));
            }
        }
        FieldRuleCompiler compiler = new FieldRuleCompiler(problems);
        List<FieldRule> rules = new ArrayList<>();
        List<FieldRuleSpec> specs = fields == null ? List.of() : fields;
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) == null) {
                problems.add(new Problem("fields[" + i + "]", "an empty rule: give it 'to:' and 'from:' or 'constant:'"));
                continue;
            }
            FieldRule rule = compiler.compile(i, specs.get(i));
            if (rule != null) {
                rules.add(rule);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMappingException(problems);
        }
        return new MappingRules(order, swap, rules);
    }

    public NameOrder nameOrder() {
        return nameOrder;
    }

    /** The custom field keys the rules write to (with their {@code contact.} prefix), in rule order. */
    public List<String> customFieldKeys() {
        return rules.stream().map(FieldRule::customKey).filter(key -> key != null).distinct().toList();
    }

    /** A custom field key as GHL lists it: {@code job_title} and {@code contact.job_title} are the same field. */
    public static String fullKey(String key) {
        return key.startsWith("contact.") ? key : "contact." + key;
    }

    /** The contact after name order and rules; the same object when there is nothing to do. */
    MappedContact apply(BizCard card, MappedContact base) {
        if (rules.isEmpty() && nameOrder == NameOrder.AS_CARD && !swapRomanised) {
            return base;
        }
        TargetField[] targets = TargetField.values();
        String[] values = new String[targets.length];
        for (TargetField target : targets) {
            values[target.ordinal()] = target.of(base.request());
        }
        String first = values[TargetField.FIRST_NAME.ordinal()];
        String last = values[TargetField.LAST_NAME.ordinal()];
        if (swapRomanised && NameOrder.isLatin(first) && NameOrder.isLatin(last)) {
            values[TargetField.FIRST_NAME.ordinal()] = last;
            values[TargetField.LAST_NAME.ordinal()] = first;
        }
        if (nameOrder != NameOrder.AS_CARD) {
            values[TargetField.NAME.ordinal()] = nameOrder.fullName(values[TargetField.LAST_NAME.ordinal()],
                    values[TargetField.FIRST_NAME.ordinal()]);
        }
        Map<String, String> custom = rules.isEmpty() ? base.customFieldsByKey() : new LinkedHashMap<>(base.customFieldsByKey());
        for (FieldRule rule : rules) {
            String value = rule.apply(card);
            if (rule.target() != null) {
                values[rule.target().ordinal()] = value;
            } else {
                // the built-in mapping may spell the key without "contact.": it is the same field
                custom.keySet().removeIf(key -> fullKey(key).equals(rule.customKey()));
                if (value != null) {
                    custom.put(rule.customKey(), value);
                }
            }
        }
        return new MappedContact(TargetField.request(base.request(), values), custom, base.identityEmail(),
                base.identityPhone());
    }

    /** One line per rule: where it was written, what it sets and the value it gives this card. */
    public List<String> explain(BizCard card) {
        List<String> lines = new ArrayList<>();
        if (nameOrder != NameOrder.AS_CARD || swapRomanised) {
            lines.add("name-order " + nameOrder.value() + (swapRomanised ? ", romanised names swapped" : ""));
        }
        for (FieldRule rule : rules) {
            String value = rule.apply(card);
            lines.add(rule.label() + " " + rule.targetName() + " = " + (value == null ? "(empty: not sent)" : value));
        }
        return lines;
    }
}
