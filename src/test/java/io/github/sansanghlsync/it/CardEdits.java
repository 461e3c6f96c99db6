package io.github.sansanghlsync.it;

import io.github.sansanghlsync.sandbox.EmulatorStats;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanEmulator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** Edits in the Sansan emulator between runs, as users of Sansan make them, and what they look like at GHL. */
final class CardEdits {

    /**
     * The Sansan emulator's clock in these tests: 3 minutes behind, so a card changed "now" is older than
     * the program's default 2-minute safety lag and falls inside the next sync's window.
     */
    static final Clock SANSAN_CLOCK = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-3));

    private CardEdits() {
    }

    /** Persons linked to a GHL contact that have exactly one card in Sansan: editing that card changes the contact. */
    static List<SansanCard> singleCardLinkedPersons(SansanEmulator sansan, JdbcTemplate jdbc) {
        List<String> linked = jdbc.queryForList("SELECT SOURCE_ID FROM SYNC_LINK WHERE ENTITY = 'contact' AND GHL_ID IS NOT NULL "
                + "ORDER BY SOURCE_ID", String.class);
        Map<String, List<SansanCard>> byPerson = sansan.cards().stream().collect(Collectors.groupingBy(SansanCard::personId));
        return linked.stream().filter(person -> byPerson.getOrDefault(person, List.of()).size() == 1)
                .map(person -> byPerson.get(person).get(0)).toList();
    }

    /** Changes the title (GHL custom field {@code contact.job_title}) of each card; returns the changed cards. */
    static List<SansanCard> retitle(SansanEmulator sansan, List<SansanCard> cards, String prefix) {
        List<SansanCard> changed = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            changed.add(sansan.changeCard(cards.get(i).toBuilder().title(prefix + " " + i).build()));
        }
        return changed;
    }

    /** Adds {@code count} new persons with one valid card each (own e-mail, no phone), made from a template card. */
    static List<SansanCard> addPersons(SansanEmulator sansan, SansanCard template, int count) {
        Random random = new Random(7);
        List<SansanCard> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OffsetDateTime now = sansan.now();
            added.add(sansan.changeCard(template.toBuilder().id(hex(random)).personId(hex(random))
                    .lastName("新規").firstName("太郎" + i).email("sync-new-" + i + "@example.co.jp")
                    .tel(null).mobile(null).secondTel(null).entryStatus("completed")
                    .registeredTime(now).exchangeDate(now.toLocalDate()).build()));
        }
        return added;
    }

    /** Removes every card of each person: the persons vanish from Sansan. */
    static void removePersons(SansanEmulator sansan, List<String> persons) {
        sansan.cards().stream().filter(card -> persons.contains(card.personId()))
                .forEach(card -> sansan.removeCard(card.id()));
    }

    /** Requests that change something at GHL (anything but GET). */
    static long writeRequests(EmulatorStats stats) {
        return stats.snapshot().requests().entrySet().stream().filter(e -> !e.getKey().startsWith("GET "))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static String hex(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
