package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.ApiRequest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** Reads Sansan query parameters, collecting problems instead of failing on the first one. */
final class SansanParams {

    private SansanParams() {
    }

    /** {@code true}/{@code false}; absent gives the default. */
    static boolean bool(ApiRequest request, String name, boolean fallback, List<SansanErrors.Problem> problems) {
        String value = request.query(name);
        if (value == null) {
            return fallback;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        problems.add(invalid(name, "must be true or false, got '" + value + "'"));
        return fallback;
    }

    /** One of the allowed words; absent gives the default. */
    static String choice(ApiRequest request, String name, Set<String> allowed, String fallback,
                         List<SansanErrors.Problem> problems) {
        String value = request.query(name);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            problems.add(invalid(name, "must be one of " + allowed + ", got '" + value + "'"));
            return fallback;
        }
        return value;
    }

    /**
     * An ISO-8601 time with offset; absent is reported as {@code required}. A literal {@code +} in the
     * query decodes to a space, so such a value is rejected with a hint instead of silently guessed.
     */
    static OffsetDateTime time(ApiRequest request, String name, List<SansanErrors.Problem> problems) {
        String value = request.query(name);
        if (value == null || value.isEmpty()) {
            problems.add(new SansanErrors.Problem("required", name + " is required"));
            return null;
        }
        if (value.contains(" ")) {
            problems.add(invalid(name, "'" + value + "' has a space: send the '+' of the offset as %2B"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            problems.add(invalid(name, "must be YYYY-MM-DDThh:mm:ssTZD, got '" + value + "'"));
            return null;
        }
    }

    static SansanErrors.Problem invalid(String name, String why) {
        return new SansanErrors.Problem("invalid_parameter", name + " " + why);
    }
}
