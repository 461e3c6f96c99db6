package io.github.sansanghlsync.sandbox;

import tools.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One incoming request as handlers see it: method, routed path, path variables, query, headers and body. */
public final class ApiRequest {

    private final String method;
    private final String path;
    private final String endpoint;
    private final Map<String, String> pathVariables;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private volatile JsonNode json;

    public ApiRequest(String method, String path, String endpoint, Map<String, String> pathVariables,
                      String rawQuery, Map<String, String> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.endpoint = endpoint;
        this.pathVariables = Map.copyOf(pathVariables);
        this.query = parseQuery(rawQuery);
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body.clone();
    }

    public String method() {
        return method;
    }

    /** The path after any version prefix was stripped, e.g. {@code /bizCards}. */
    public String path() {
        return path;
    }

    /** The stats key: method and path template, e.g. {@code "POST /contacts/upsert"}. */
    public String endpoint() {
        return endpoint;
    }

    /** A variable of the matched path template, e.g. {@code id} of {@code /contacts/{id}}. */
    public String pathVariable(String name) {
        return pathVariables.get(name);
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a repeatable query parameter, in order; empty when absent. */
    public List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The query parameter names and values, decoded, in request order. */
    public Map<String, List<String>> queryParameters() {
        return query;
    }

    /** A request header (case-insensitive name), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** The body as an {@code application/x-www-form-urlencoded} form: first value of each field. */
    public Map<String, String> form() {
        Map<String, String> fields = new LinkedHashMap<>();
        parseQuery(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                .forEach((name, values) -> fields.put(name, values.get(0)));
        return fields;
    }

    /** The body as JSON; an empty body reads as an empty object; bad JSON throws {@link MalformedJsonException}. */
    public JsonNode json() {
        JsonNode parsed = json;
        if (parsed == null) {
            parsed = body.length == 0 ? SandboxJson.object() : SandboxJson.parse(body);
            json = parsed;
        }
        return parsed;
    }

    /** The body as JSON, or null when it is not JSON; for front doors that only peek into it. */
    public JsonNode jsonOrNull() {
        try {
            return json();
        } catch (MalformedJsonException e) {
            return null;
        }
    }

    /** Form-style decoding as servlet containers do it: {@code +} becomes a space, {@code %2B} a plus. */
    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Collections.unmodifiableMap(result);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        result.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(result);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a broken escape stays as sent; validation then rejects the value in the API's own words
            return raw;
        }
    }
}
