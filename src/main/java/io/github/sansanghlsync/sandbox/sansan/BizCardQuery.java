package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.ApiRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filters of {@code GET /bizCards}: window {@code updatedFrom <= updatedTime < updatedTo} (from
 * inclusive, to exclusive), range, past cards, tags, entry statuses, order and page size.
 */
record BizCardQuery(OffsetDateTime updatedFrom, OffsetDateTime updatedTo, boolean rangeAll,
                    boolean includePastBizCards, boolean includeTags, Set<String> entryStatuses,
                    String orderBy, boolean descending, int limit) {

    static final Set<String> ENTRY_STATUSES = Set.of("processing", "completed", "unreadable");
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 300;

    BizCardQuery {
        entryStatuses = Set.copyOf(entryStatuses);
    }

    /** Reads and checks the parameters; every problem is reported at once in one 400. */
    static BizCardQuery parse(ApiRequest request) {
        List<SansanErrors.Problem> problems = new ArrayList<>();
        OffsetDateTime from = SansanParams.time(request, "updatedFrom", problems);
        OffsetDateTime to = SansanParams.time(request, "updatedTo", problems);
        if (problems.stream().anyMatch(p -> p.code().equals("required"))) {
            // like the real API (sansan4j tests): only the missing ones, one "required" each
            throw SansanErrors.rejectBadRequest(problems.stream().filter(p -> p.code().equals("required")).toList());
        }
        String range = SansanParams.choice(request, "range", Set.of("me", "all"), "me", problems);
        boolean past = SansanParams.bool(request, "includePastBizCards", false, problems);
        boolean tags = SansanParams.bool(request, "includeTags", false, problems);
        String orderBy = SansanParams.choice(request, "orderBy", Set.of("updatedAt", "registeredAt"), "updatedAt", problems);
        String direction = SansanParams.choice(request, "orderDirection", Set.of("asc", "desc"), "asc", problems);
        Set<String> statuses = new TreeSet<>();
        for (String status : request.queryAll("entryStatus")) {
            if (ENTRY_STATUSES.contains(status)) {
                statuses.add(status);
            } else {
                problems.add(SansanParams.invalid("entryStatus", "must be processing, completed or unreadable, got '"
                        + status + "'"));
            }
        }
        if (statuses.isEmpty()) {
            statuses.add("completed");
        }
        int limit = limit(request.query("limit"), problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(SansanParams.invalid("updatedFrom", "must not be after updatedTo"));
        }
        if (!problems.isEmpty()) {
            throw SansanErrors.rejectBadRequest(problems);
        }
        return new BizCardQuery(from, to, range.equals("all"), past, tags, statuses, orderBy,
                direction.equals("desc"), limit);
    }

    /**
     * A digest of every parameter but the page token (limit included): a token only works with the query
     * that produced it. Times are compared as instants, so {@code Z} and {@code +09:00} spellings agree.
     */
    String fingerprint() {
        String canonical = String.join("&", "from=" + updatedFrom.toInstant(), "to=" + updatedTo.toInstant(),
                "range=" + (rangeAll ? "all" : "me"), "past=" + includePastBizCards, "tags=" + includeTags,
                "status=" + new TreeSet<>(entryStatuses), "orderBy=" + orderBy, "desc=" + descending, "limit=" + limit);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static int limit(String value, List<SansanErrors.Problem> problems) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        problems.add(SansanParams.invalid("limit", "must be an integer from 1 to " + MAX_LIMIT + ", got '" + value + "'"));
        return DEFAULT_LIMIT;
    }
}
