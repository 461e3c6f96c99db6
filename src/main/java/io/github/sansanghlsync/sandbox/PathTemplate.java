package io.github.sansanghlsync.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path like {@code /contacts/{id}/tags}: literal segments and named variables; a trailing slash is ignored. */
public record PathTemplate(String template, List<String> segments) {

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    /** Parses a template such as {@code /bizCards/{id}}. */
    public static PathTemplate parse(String template) {
        return new PathTemplate(template, split(template));
    }

    /** The variables when the path fits this template, or empty. */
    public Optional<Map<String, String>> match(String path) {
        List<String> actual = split(path);
        if (actual.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String value = actual.get(i);
            if (isVariable(expected)) {
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                variables.put(expected.substring(1, expected.length() - 1), value);
            } else if (!expected.equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    /** Literal segments count more, so {@code /contacts/search} beats {@code /contacts/{id}}. */
    public int literalSegments() {
        return (int) segments.stream().filter(s -> !isVariable(s)).count();
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static List<String> split(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.equals("/")) {
            return List.of();
        }
        return List.of(trimmed.substring(1).split("/", -1));
    }
}
