package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.HttpProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /reports}: seeded meetings, calls and e-mails with seeded persons, windowed and paged like cards. */
class SansanEmulatorReportsTest {

    private static final OffsetDateTime FROM = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final OffsetDateTime TO = OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9));

    private static SansanEmulator sansan;

    @BeforeAll
    static void start() {
        sansan = SansanEmulator.start(SansanConfig.defaults().withRequestsPerSecond(10_000));
    }

    @AfterAll
    static void stop() {
        sansan.close();
    }

    @Test
    void seededReportsAreMeetingsCallsAndEmailsWithSeededPersonsPastAndFuture() {
        List<SansanReport> reports = sansan.reports();
        Set<String> persons = sansan.cards().stream().map(SansanCard::personId).collect(Collectors.toSet());

        assertThat(reports).hasSizeGreaterThan(100);
        assertThat(reports).allMatch(r -> r.externalAttendees().stream().allMatch(a -> persons.contains(a.personId())));
        assertThat(reports.stream().map(SansanReport::type).collect(Collectors.toSet()))
                .contains("Meeting", "Call", "Email");
        assertThat(reports).anyMatch(r -> r.startDate().isAfter(sansan.config().dataTo().toLocalDate()));
        assertThat(reports).anyMatch(r -> r.startDate().isBefore(sansan.config().dataTo().toLocalDate()));
        assertThat(reports).allMatch(r -> !r.updatedTime().isBefore(sansan.config().dataFrom())
                && r.updatedTime().isBefore(sansan.config().dataTo()));
    }

    @Test
    void pagesThroughEveryReportOnceOldestChangeFirst() {
        List<String> expected = sansan.reports().stream()
                .sorted(Comparator.comparing((SansanReport r) -> r.updatedTime().toInstant()).thenComparing(SansanReport::id))
                .map(SansanReport::id).toList();
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            HttpProbe.Reply reply = list("updatedFrom=" + encode(FROM) + "&updatedTo=" + encode(TO)
                    + "&range=all&orderBy=updatedAt&orderDirection=asc&limit=29" + (token == null ? "" : "&nextPageToken=" + token));
            assertThat(reply.status()).isEqualTo(200);
            reply.json().path("data").forEach(report -> {
                ids.add(report.path("id").asString());
                assertThat(report.path("externalAttendees").get(0).path("personId").asString()).isNotEmpty();
            });
            token = reply.json().path("hasMore").asBoolean() ? reply.json().path("nextPageToken").asString() : null;
        } while (token != null);

        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void aChangedReportIsServedByTheSameQueryAtOnce() {
        String query = "updatedFrom=" + encode(FROM) + "&updatedTo=" + encode(TO) + "&range=all&orderBy=updatedAt"
                + "&orderDirection=desc&limit=1";
        String newest = list(query).json().path("data").get(0).path("id").asString();
        SansanReport oldest = sansan.reports().stream().min(Comparator.comparing((SansanReport r) -> r.updatedTime().toInstant()))
                .orElseThrow();

        sansan.putReport(oldest.withMemo("edited", sansan.config().dataTo().minusSeconds(1)));

        assertThat(newest).isNotEqualTo(oldest.id());
        assertThat(list(query).json().path("data").get(0).path("id").asString())
                .as("the query's earlier answer is not served again after the change").isEqualTo(oldest.id());
    }

    @Test
    void theWindowIsRequired() {
        HttpProbe.Reply reply = list("range=all");

        assertThat(reply.status()).isEqualTo(400);
    }

    private static String encode(OffsetDateTime time) {
        return time.toString().replace("+", "%2B");
    }

    private static HttpProbe.Reply list(String query) {
        return HttpProbe.get(sansan.baseUrl() + "/v6.0/reports?" + query, "X-Sansan-Api-Key", sansan.apiKey());
    }
}
