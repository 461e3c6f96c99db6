package io.github.sansanghlsync.contact.mapping;

import java.util.List;
import java.util.stream.Collectors;

/** Field rules or name order that cannot be compiled; each problem names the property key at fault. */
public class InvalidMappingException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidMappingException(List<Problem> problems) {
        super(problems.stream().map(p -> p.key() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param key the key under {@code mapping.}, e.g. {@code fields[2].date-format}
     */
    public record Problem(String key, String message) {}
}
