package io.github.sansanghlsync.sandbox.sansan;

import io.github.sansanghlsync.sandbox.SeededIds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded activity reports: about a third of the persons met, called or e-mailed once or twice after
 * their newest card was exchanged; about one report in six is scheduled after the data span (the future).
 * A pure function of the card seed.
 */
public final class ReportSeed {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    private static final List<String> TYPES = List.of("Meeting", "Visit", "OnlineMeeting", "Call", "OutboundCall",
            "Email", "SentEmail");
    private static final List<String> TITLES = List.of("製品デモ", "定例打ち合わせ", "見積のご相談", "導入事例のご紹介",
            "契約更新について", "ご挨拶");
    private static final List<String> LOCATIONS = List.of("先方オフィス", "弊社会議室A", "Zoom", "Teams", "展示会場");
    private static final List<String> MEMOS = List.of("前向きに検討中。", "来期予算で再提案。\n決裁は部長。",
            "資料送付済み。", "");

    private ReportSeed() {
    }

    /** Reports for the persons of the seed, ordered by update time. */
    public static List<SansanReport> generate(SansanSeed seed) {
        Random random = new Random(seed.seed() * 31 + 11);
        SeededIds ids = new SeededIds(seed.seed() * 31 + 12);
        Map<String, SansanCard> newest = new LinkedHashMap<>();
        seed.cards().stream().filter(card -> "completed".equals(card.entryStatus()))
                .forEach(card -> newest.merge(card.personId(), card, (a, b) -> CardStore.NEWEST_LAST.compare(a, b) >= 0 ? a : b));
        List<SansanCard> persons = new ArrayList<>(newest.values());
        long end = seed.to().toEpochSecond();
        List<SansanReport> reports = new ArrayList<>();
        for (SansanCard card : persons) {
            if (card.exchangeDate() == null) {
                continue;
            }
            // persons met in the last weeks are followed up more often: those reports complete follow-up tasks
            boolean recent = card.exchangeDate().isAfter(seed.to().toLocalDate().minusDays(45));
            if (random.nextDouble() >= (recent ? 0.6 : 0.33)) {
                continue;
            }
            int count = random.nextDouble() < 0.25 ? 2 : 1;
            for (int i = 0; i < count; i++) {
                boolean future = random.nextDouble() < 0.17;
                long start;
                long updated;
                if (future) {
                    start = end + (3 + random.nextInt(40)) * 86_400L + random.nextInt(8) * 3_600L;
                    updated = end - (1 + random.nextInt(20)) * 86_400L - random.nextInt(80_000);
                } else {
                    // after the exchange, and inside the data span like every other update
                    long from = Math.max(card.exchangeDate().atStartOfDay().toEpochSecond(JST) + 86_400,
                            seed.from().toEpochSecond() + 86_400);
                    if (from >= end - 86_400) {
                        continue;
                    }
                    start = from + random.nextLong(end - 86_400 - from);
                    updated = Math.min(start + 3_600 + random.nextInt(86_400), end - 1);
                }
                reports.add(report(random, ids, seed, card, persons, start, updated));
            }
        }
        reports.sort(Comparator.comparing((SansanReport r) -> r.updatedTime().toInstant()).thenComparing(SansanReport::id));
        return List.copyOf(reports);
    }

    private static SansanReport report(Random random, SeededIds ids, SansanSeed seed, SansanCard card,
                                       List<SansanCard> persons, long start, long updated) {
        String type = TYPES.get(random.nextInt(TYPES.size()));
        LocalDateTime startAt = LocalDateTime.ofInstant(Instant.ofEpochSecond(start - start % 1800), JST)
                .withHour(9 + random.nextInt(9));
        LocalDateTime endAt = startAt.plusMinutes(type.contains("Email") ? 0 : 30 + 30L * random.nextInt(3));
        List<SansanReport.ExternalAttendee> external = new ArrayList<>();
        external.add(attendee(card));
        // sometimes a colleague of the same company joins
        persons.stream().filter(other -> !other.personId().equals(card.personId())
                        && card.companyName() != null && card.companyName().equals(other.companyName()))
                .skip(random.nextInt(5)).findFirst()
                .filter(other -> random.nextDouble() < 0.3)
                .ifPresent(other -> external.add(attendee(other)));
        SansanOwner owner = card.owner() != null ? card.owner() : seed.owners().get(0);
        List<SansanReport.InternalAttendee> internal = new ArrayList<>();
        internal.add(new SansanReport.InternalAttendee(owner.id(), owner.name(), "営業部"));
        if (random.nextDouble() < 0.4) {
            SansanOwner colleague = seed.owners().get(random.nextInt(seed.owners().size()));
            if (!colleague.id().equals(owner.id())) {
                internal.add(new SansanReport.InternalAttendee(colleague.id(), colleague.name(), "営業企画部"));
            }
        }
        OffsetDateTime updatedAt = OffsetDateTime.ofInstant(Instant.ofEpochSecond(updated), JST);
        String memo = MEMOS.get(random.nextInt(MEMOS.size()));
        return new SansanReport(ids.hex32(), updatedAt.minusMinutes(random.nextInt(60)), updatedAt, type,
                startAt.toLocalDate(), LocalTime.from(startAt), endAt.toLocalDate(), LocalTime.from(endAt), owner,
                null, TITLES.get(random.nextInt(TITLES.size())),
                type.contains("Email") || type.contains("Call") ? null : LOCATIONS.get(random.nextInt(LOCATIONS.size())),
                memo.isEmpty() ? null : memo, external, internal);
    }

    private static SansanReport.ExternalAttendee attendee(SansanCard card) {
        return new SansanReport.ExternalAttendee(card.id(), card.personId(), card.companyName(), card.lastName(),
                card.firstName());
    }
}
