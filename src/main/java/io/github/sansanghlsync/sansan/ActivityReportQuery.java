package io.github.sansanghlsync.sansan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;

/** The filter of one {@code GET /reports} window: every report updated in [{@code from}, {@code to}), oldest change first. */
public record ActivityReportQuery(OffsetDateTime from, OffsetDateTime to, int limit) {

    private static final DateTimeFormatter SANSAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    String queryString(String pageToken) {
        StringJoiner query = new StringJoiner("&");
        add(query, "updatedFrom", SANSAN_TIME.format(from));
        add(query, "updatedTo", SANSAN_TIME.format(to));
        add(query, "range", "all");
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
