package io.github.sansanghlsync.sansan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;

/**
 * The filter of one {@code GET /bizCards} window: every card updated in [{@code from}, {@code to}),
 * all owners, past cards included, tags included, oldest change first.
 */
public record BizCardQuery(OffsetDateTime from, OffsetDateTime to, List<String> entryStatuses, int limit) {

    private static final DateTimeFormatter SANSAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** The query string, with {@code +} of the offsets encoded as {@code %2B} as Sansan requires. */
    String queryString(String pageToken) {
        StringJoiner query = new StringJoiner("&");
        add(query, "updatedFrom", SANSAN_TIME.format(from));
        add(query, "updatedTo", SANSAN_TIME.format(to));
        add(query, "range", "all");
        add(query, "includePastBizCards", "true");
        add(query, "includeTags", "true");
        entryStatuses.forEach(status -> add(query, "entryStatus", status));
        add(query, "orderBy", "updatedAt");
        add(query, "orderDirection", "asc");
        add(query, "limit", Integer.toString(limit));
        if (pageToken != null) {
            add(query, "nextPageToken", pageToken);
        }
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
