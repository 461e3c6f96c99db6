package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code POST /contacts/search}: {@code locationId} and {@code pageLimit} (at most 500) required, {@code page}
 * from 1, full-text {@code query}, and {@code filters} with operator {@code eq} on id, email, phone, firstName,
 * lastName, companyName, source or tags. Results sorted by dateAdded, then id.
 */
final class ContactSearch {

    private static final Set<String> PROPERTIES = Set.of("locationId", "pageLimit", "page", "searchAfter", "filters",
            "sort", "query");
    private static final Set<String> FIELDS = Set.of("id", "email", "phone", "firstName", "lastName", "companyName",
            "source", "tags");
    static final int MAX_PAGE_LIMIT = 500;

    private ContactSearch() {
    }

    static ApiResponse run(JsonNode body, GhlContacts contacts) {
        List<String> problems = check(body);
        if (!problems.isEmpty()) {
            return GhlErrors.unprocessable(problems);
        }
        int pageLimit = body.path("pageLimit").intValue();
        int page = body.path("page").asInt(1);
        Predicate<GhlContact> filter = filter(body);
        List<GhlContact> matching = contacts.book(body.path("locationId").stringValue())
                .map(ContactBook::all).orElse(List.of()).stream()
                .filter(filter)
                .sorted(Comparator.comparing(GhlContact::dateAdded).thenComparing(GhlContact::id))
                .toList();
        ObjectNode response = SandboxJson.object();
        ArrayNode list = response.putArray("contacts");
        matching.stream().skip((long) (page - 1) * pageLimit).limit(pageLimit).forEach(contact -> {
            ObjectNode json = GhlContactJson.write(contact);
            json.putArray("searchAfter").add(contact.dateAdded().toEpochMilli()).add(contact.id());
            list.add(json);
        });
        response.put("total", matching.size());
        return ApiResponse.ok(response);
    }

    private static List<String> check(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (!body.isObject()) {
            return List.of("request body must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (!PROPERTIES.contains(property.getKey())) {
                problems.add("property " + property.getKey() + " should not exist");
            }
        }
        if (!body.path("locationId").isString()) {
            problems.add("locationId must be a string");
        }
        JsonNode pageLimit = body.path("pageLimit");
        if (!pageLimit.isIntegralNumber()) {
            problems.add("pageLimit must be a number conforming to the specified constraints");
        } else if (pageLimit.intValue() > MAX_PAGE_LIMIT) {
            problems.add("pageLimit must not be greater than " + MAX_PAGE_LIMIT);
        } else if (pageLimit.intValue() < 1) {
            problems.add("pageLimit must not be less than 1");
        }
        JsonNode page = body.path("page");
        if (!page.isMissingNode() && (!page.isIntegralNumber() || page.intValue() < 1)) {
            problems.add("page must not be less than 1");
        }
        JsonNode filters = body.path("filters");
        if (!filters.isMissingNode() && !filters.isArray()) {
            problems.add("filters must be an array");
        } else {
            for (int i = 0; i < filters.size(); i++) {
                JsonNode item = filters.get(i);
                if (!FIELDS.contains(item.path("field").asString(""))) {
                    problems.add("filters." + i + ".field must be one of the following values: " + String.join(", ",
                            FIELDS.stream().sorted().toList()));
                }
                if (!item.path("operator").asString("").equals("eq")) {
                    problems.add("filters." + i + ".operator must be one of the following values: eq");
                }
            }
        }
        return problems;
    }

    private static Predicate<GhlContact> filter(JsonNode body) {
        Predicate<GhlContact> all = contact -> true;
        String query = body.path("query").asString("").trim().toLowerCase(Locale.ROOT);
        if (!query.isEmpty()) {
            all = all.and(contact -> String.join(" ", nonNull(contact.fullName()), nonNull(contact.email()),
                    nonNull(contact.phone()), nonNull(contact.companyName())).toLowerCase(Locale.ROOT).contains(query));
        }
        for (JsonNode item : body.path("filters")) {
            String field = item.path("field").asString();
            JsonNode value = item.path("value");
            all = all.and(contact -> matches(contact, field, value));
        }
        return all;
    }

    private static boolean matches(GhlContact contact, String field, JsonNode value) {
        if (field.equals("tags")) {
            List<String> wanted = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(v -> wanted.add(v.asString()));
            } else {
                wanted.add(value.asString());
            }
            return contact.tags().stream().anyMatch(tag -> wanted.stream().anyMatch(tag::equalsIgnoreCase));
        }
        String actual = switch (field) {
            case "id" -> contact.id();
            case "email" -> contact.email();
            case "phone" -> contact.phone();
            case "firstName" -> contact.firstName();
            case "lastName" -> contact.lastName();
            case "companyName" -> contact.companyName();
            default -> contact.source();
        };
        return actual != null && (field.equals("id") || field.equals("phone")
                ? actual.equals(value.asString()) : actual.equalsIgnoreCase(value.asString()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
