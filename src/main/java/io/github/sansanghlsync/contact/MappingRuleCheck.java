package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.contact.mapping.InvalidMappingException;
import io.github.sansanghlsync.contact.mapping.MappingRules;
import io.github.sansanghlsync.definition.InvalidDefinitionException;
import io.github.sansanghlsync.definition.PropertyPlace;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Compiles the mapping rules at startup and turns their problems into definition errors that name file, line and key. */
final class MappingRuleCheck {

    private MappingRuleCheck() {}

    static MappingRules compile(MappingProperties mapping, Environment environment) {
        try {
            return mapping.rules();
        } catch (InvalidMappingException e) {
            throw new InvalidDefinitionException(e.problems().stream()
                    .map(problem -> describe("mapping." + problem.key(), problem.message(), environment))
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static String describe(String key, String message, Environment environment) {
        String place = PropertyPlace.of(environment, candidates(key));
        return (place == null ? "" : place + ": ") + key + ": " + message;
    }

    /** The key itself, then its list and scalar spellings, then any key of the same rule (a missing 'to' has no line). */
    private static List<String> candidates(String key) {
        List<String> keys = new ArrayList<>();
        keys.add(key);
        keys.add(key + "[0]");
        keys.add(key.replaceFirst("\\[\\d+]$", ""));
        int rule = key.indexOf("].");
        if (rule > 0) {
            String prefix = key.substring(0, rule + 2);
            for (String other : List.of("from", "from[0]", "constant", "to", "default", "join", "date-format", "zone", "kana")) {
                keys.add(prefix + other);
            }
        }
        return keys;
    }
}
