package io.github.sansanghlsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sansanghlsync.sandbox.ghl.GhlNote;

import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;

import io.github.sansanghlsync.sandbox.ghl.GhlContact;

import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanReport;
import io.github.sansanghlsync.sandbox.sansan.SansanTag;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The notes, tasks and tags a contact must carry after a migration, computed from the emulator's
 * cards and reports and the documented rules (defaults: follow-ups for cards exchanged in the last 30
 * days, due 3 business days later at 09:00 JST; context tags {@code sansan:<kind>}), not from the program.
 */
final class ActivityExpectation {

    static final ZoneOffset JST = ZoneOffset.ofHours(9);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /** A task as GHL should show it. */
    record Task(String title, String dueDate, String assignedTo, boolean completed) {
    }

    /** What one person's contact holds. */
    record Expected(List<String> noteTexts, List<Task> tasks, Set<String> tags) {
    }

    private ActivityExpectation() {
    }

    /** Per person with a contact: the notes' texts (memo or report title), tasks and tags. */
    static Map<String, Expected> of(List<SansanCard> cards, List<SansanReport> reports, Set<String> personsWithContact,
                                    OffsetDateTime runEnd, Map<String, String> userOfOwner) {
        LocalDateTime now = runEnd.atZoneSameInstant(JST).toLocalDateTime();
        Map<String, Expected> expected = new HashMap<>();
        personsWithContact.forEach(p -> expected.put(p, new Expected(new ArrayList<>(), new ArrayList<>(), new TreeSet<>())));
        Map<String, List<LocalDate>> followUpDates = new HashMap<>();
        for (SansanCard card : cards) {
            Expected e = expected.get(card.personId());
            if (e == null || !"completed".equals(card.entryStatus())) {
                continue;
            }
            if (card.memo() != null && !card.memo().isBlank()) {
                e.noteTexts().add(card.memo().strip());
            }
            card.tags().stream().map(SansanTag::name).forEach(e.tags()::add);
            LocalDate exchanged = card.exchangeDate();
            if (exchanged != null && !exchanged.isAfter(now.toLocalDate()) && !exchanged.atStartOfDay().isBefore(now.minusDays(30))) {
                followUpDates.computeIfAbsent(card.personId(), p -> new ArrayList<>()).add(exchanged);
                String title = "Follow up with " + card.lastName() + " " + card.firstName() + " (" + card.companyName() + ")";
                boolean completed = reports.stream().anyMatch(r -> isFollowUpActivity(r) && !start(r).isAfter(now)
                        && start(r).toLocalDate().isAfter(exchanged)
                        && r.externalAttendees().stream().anyMatch(a -> a.personId().equals(card.personId())));
                e.tasks().add(new Task(title, utc(plusBusinessDays(exchanged, 3).atTime(9, 0)),
                        card.owner() == null ? null : userOfOwner.get(card.owner().id()), completed));
            }
        }
        for (SansanReport report : reports) {
            for (SansanReport.ExternalAttendee attendee : report.externalAttendees()) {
                Expected e = expected.get(attendee.personId());
                if (e == null) {
                    continue;
                }
                e.noteTexts().add(report.title());
                e.tags().add("sansan:" + kind(report.type()));
                if (start(report).isAfter(now)) {
                    e.tasks().add(new Task(report.type() + ": " + report.title(), utc(start(report)),
                            userOfOwner.get(report.owner().id()), false));
                }
            }
        }
        return expected;
    }

    static LocalDateTime start(SansanReport report) {
        return report.startDate().atTime(report.startTime());
    }

    static boolean isFollowUpActivity(SansanReport report) {
        return !kind(report.type()).equals("other");
    }

    static String kind(String type) {
        return switch (type) {
            case "Meeting", "Visit", "MeetingAtOffice", "OnlineMeeting" -> "meeting";
            case "Call", "OutboundCall", "InboundCall" -> "call";
            case "Email", "SentEmail", "ReceivedEmail" -> "email";
            default -> "other";
        };
    }

    static LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate due = date;
        for (int left = days; left > 0; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return due;
    }

    static String utc(LocalDateTime jst) {
        return UTC.format(jst.atOffset(JST).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Asserts that GHL holds exactly the expected notes, tasks and tags of every person, and no others. */
    static void assertHolds(GhlEmulator ghl, Map<String, GhlContact> contacts, Map<String, Expected> expected) {
        expected.forEach((person, e) -> {
            GhlContact contact = contacts.get(person);
            List<GhlNote> notes = ghl.notes(contact.id());
            assertThat(notes).as("notes of person %s", person).hasSize(e.noteTexts().size());
            e.noteTexts().forEach(text -> assertThat(notes).as("a note of %s holds %s", person, text)
                    .anyMatch(note -> note.body().contains(text)));
            List<Task> tasks = ghl.tasks(contact.id()).stream()
                    .map(t -> new Task(t.title(), t.dueDate(), t.assignedTo(), t.completed())).toList();
            assertThat(tasks).as("tasks of person %s", person).containsExactlyInAnyOrderElementsOf(e.tasks());
            assertThat(Set.copyOf(ghl.contact(contact.id()).orElseThrow().tags())).as("tags of person %s", person)
                    .isEqualTo(e.tags());
        });
        assertThat(ghl.allNotes().size()).isEqualTo(expected.values().stream().mapToInt(e -> e.noteTexts().size()).sum());
        assertThat(ghl.allTasks().size()).isEqualTo(expected.values().stream().mapToInt(e -> e.tasks().size()).sum());
    }
}
