package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.ApiRequest;
import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.EmulatorServer;
import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code GET /reports} (v6.0 activity reports): required {@code updatedFrom}/{@code updatedTo} window
 * (from inclusive, to exclusive), {@code range}, {@code type} (repeatable, also as {@code type[]}),
 * {@code limit} 1-300 (default 100), {@code orderBy} (default updatedAt), {@code orderDirection}
 * (default desc, as the live API) and {@code nextPageToken}, in the envelope of {@code /bizCards}.
 */
final class ReportEndpoints {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<String, SansanReport> reports = new LinkedHashMap<>();
    /** What each query matched since the last change: paging through a window filters and sorts once, not per page. */
    private final Map<String, List<SansanReport>> matchingByQuery = new HashMap<>();

    ReportEndpoints(List<SansanReport> seeded) {
        seeded.forEach(report -> reports.put(report.id(), report));
    }

    void register(EmulatorServer server) {
        server.api("GET", "/reports", this::list);
    }

    synchronized List<SansanReport> all() {
        return List.copyOf(reports.values());
    }

    synchronized void put(SansanReport report) {
        reports.put(report.id(), report);
        matchingByQuery.clear();
    }

    private synchronized List<SansanReport> matching(String fingerprint, Supplier<List<SansanReport>> compute) {
        if (matchingByQuery.size() > 32) {
            matchingByQuery.clear();
        }
        return matchingByQuery.computeIfAbsent(fingerprint, key -> compute.get());
    }

    private ApiResponse list(ApiRequest request) {
        List<SansanErrors.Problem> problems = new ArrayList<>();
        OffsetDateTime from = SansanParams.time(request, "updatedFrom", problems);
        OffsetDateTime to = SansanParams.time(request, "updatedTo", problems);
        String range = SansanParams.choice(request, "range", Set.of("me", "all"), "me", problems);
        String orderBy = SansanParams.choice(request, "orderBy", Set.of("updatedAt", "registeredAt"), "updatedAt", problems);
        String direction = SansanParams.choice(request, "orderDirection", Set.of("asc", "desc"), "desc", problems);
        List<String> types = new ArrayList<>(request.queryAll("type"));
        types.addAll(request.queryAll("type[]"));
        int limit = 100;
        if (request.query("limit") != null) {
            try {
                limit = Integer.parseInt(request.query("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 300) {
                problems.add(SansanParams.invalid("limit", "must be an integer from 1 to 300, got '" + request.query("limit") + "'"));
            }
        }
        if (!problems.isEmpty()) {
            return SansanErrors.badRequest(problems);
        }
        String fingerprint = fingerprint(from, to, range, orderBy, direction, types, limit);
        int offset = 0;
        String token = request.query("nextPageToken");
        if (token != null) {
            offset = PageToken.decode(token).filter(t -> t.fingerprint().equals(fingerprint)).map(PageToken::offset)
                    .orElseThrow(() -> SansanErrors.rejectBadRequest(List.of(new SansanErrors.Problem("invalid_page_token",
                            "nextPageToken is invalid or belongs to a query with other parameters"))));
        }
        Function<SansanReport, Instant> key = orderBy.equals("registeredAt")
                ? r -> r.registeredTime().toInstant() : r -> r.updatedTime().toInstant();
        Comparator<SansanReport> order = Comparator.comparing(key);
        List<SansanReport> matching = matching(fingerprint, () -> all().stream()
                .filter(r -> !r.updatedTime().isBefore(from) && r.updatedTime().isBefore(to))
                .filter(r -> types.isEmpty() || types.contains(r.type()))
                .sorted((direction.equals("desc") ? order.reversed() : order).thenComparing(SansanReport::id))
                .toList());
        int start = Math.min(offset, matching.size());
        int end = Math.min(start + limit, matching.size());
        ObjectNode body = SandboxJson.object();
        ArrayNode data = body.putArray("data");
        matching.subList(start, end).forEach(report -> data.add(json(report)));
        body.put("hasMore", end < matching.size());
        body.put("nextPageToken", end < matching.size() ? new PageToken(fingerprint, end).encode() : null);
        return ApiResponse.ok(body);
    }

    static ObjectNode json(SansanReport report) {
        ObjectNode json = SandboxJson.object();
        json.put("id", report.id());
        json.put("registeredTime", SansanCardJson.TIME.format(report.registeredTime()));
        json.put("updatedTime", SansanCardJson.TIME.format(report.updatedTime()));
        json.put("type", report.type());
        json.put("startDate", report.startDate().toString());
        json.put("startTime", report.startTime() == null ? null : HOUR_MINUTE.format(report.startTime()));
        json.put("endDate", report.endDate() == null ? null : report.endDate().toString());
        json.put("endTime", report.endTime() == null ? null : HOUR_MINUTE.format(report.endTime()));
        ObjectNode owner = json.putObject("owner");
        owner.put("id", report.owner().id());
        owner.put("name", report.owner().name());
        owner.put("email", report.ownerEmail());
        json.put("title", report.title());
        json.put("location", report.location());
        json.put("memo", report.memo());
        ArrayNode external = json.putArray("externalAttendees");
        report.externalAttendees().forEach(a -> external.addObject().put("id", a.id()).put("personId", a.personId())
                .put("companyName", a.companyName()).put("lastName", a.lastName()).put("firstName", a.firstName()));
        ArrayNode internal = json.putArray("internalAttendees");
        report.internalAttendees().forEach(a -> internal.addObject().put("id", a.id()).put("name", a.name())
                .put("departmentName", a.departmentName()));
        json.putArray("categories");
        return json;
    }

    private static String fingerprint(OffsetDateTime from, OffsetDateTime to, String range, String orderBy,
                                      String direction, List<String> types, int limit) {
        String canonical = String.join("&", "reports", from.toInstant().toString(), to.toInstant().toString(), range,
                orderBy, direction, String.join(",", types.stream().sorted().toList()), String.valueOf(limit));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
