package io.github.sansanghlsync.note;

import io.github.sansanghlsync.activity.ChildChange;
import io.github.sansanghlsync.activity.ChildFailures;
import io.github.sansanghlsync.activity.ContactsOfPersons;
import io.github.sansanghlsync.activity.Hashes;
import io.github.sansanghlsync.activity.OwnerUsers;
import io.github.sansanghlsync.activity.SansanItem;
import io.github.sansanghlsync.ghl.NoteRequest;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.link.ChildLink;
import io.github.sansanghlsync.link.ChildLinks;
import io.github.sansanghlsync.link.Link;
import io.github.sansanghlsync.sansan.ActivityReport;
import io.github.sansanghlsync.sansan.BizCard;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a card's memo into one note and a report into one note per external attendee, each compared
 * with its link-table row: unchanged content is filtered out here and costs no request.
 */
class NoteProcessor implements ItemProcessor<SansanItem, NoteWork> {

    static final String ENTITY = "note";

    private final ContactsOfPersons contacts;
    private final ChildLinks links;
    private final ChildFailures failures;
    private final OwnerUsers owners;
    private final NoteProperties properties;
    private final StepCounters counters;
    private final StepRun run;

    NoteProcessor(ContactsOfPersons contacts, ChildLinks links, ChildFailures failures, OwnerUsers owners,
                  NoteProperties properties, StepCounters counters, StepRun run) {
        this.contacts = contacts;
        this.links = links;
        this.failures = failures;
        this.owners = owners;
        this.properties = properties;
        this.counters = counters;
        this.run = run;
    }

    @Override
    public NoteWork process(SansanItem item) {
        NoteWork work = null;
        if (item instanceof SansanItem.Card card && properties.memos()) {
            work = memo(card.card());
        } else if (item instanceof SansanItem.Report report && properties.reports()) {
            work = report(report.report());
        }
        return work == null || work.notes().isEmpty() && work.contextTags().isEmpty() ? null : work;
    }

    private NoteWork memo(BizCard card) {
        if (card.malformed() != null || card.id() == null || !"completed".equals(card.entryStatus())
                || card.memo() == null || card.memo().isBlank()) {
            return null;
        }
        String sourceId = "memo/" + card.id();
        String summary = "memo of card " + card.id() + " (" + name(card.lastName(), card.firstName()) + ")";
        Link contact = contacts.of(card.personId());
        if (contact == null) {
            failures.contactMissing(sourceId, card.personId(), summary);
            return null;
        }
        ChildChange change = change(sourceId, card.personId(), contact.ghlId(), card.memo().strip(),
                owners.userOf(card.owner()), summary);
        return change == null ? null : new NoteWork(List.of(change), List.of());
    }

    private NoteWork report(ActivityReport report) {
        if (report.id() == null) {
            return null;
        }
        counters.increment("reports.read");
        String text = ReportNoteLayout.text(report);
        String user = owners.userOf(report.owner());
        List<ChildChange> notes = new ArrayList<>();
        List<NoteWork.ContextTag> tags = new ArrayList<>();
        for (ActivityReport.ExternalAttendee attendee : report.externalAttendeesOrEmpty()) {
            if (attendee.personId() == null) {
                continue;
            }
            String sourceId = "report/" + report.id() + "/" + attendee.personId();
            String summary = report.type() + " " + report.startDate() + " with " + attendee.displayName();
            Link contact = contacts.of(attendee.personId());
            if (contact == null) {
                failures.contactMissing(sourceId, attendee.personId(), summary);
                continue;
            }
            ChildChange change = change(sourceId, attendee.personId(), contact.ghlId(), text, user, summary);
            if (change != null) {
                notes.add(change);
            }
            if (!properties.contextTagPrefix().isEmpty()) {
                tags.add(new NoteWork.ContextTag(attendee.personId(), contact.ghlId(),
                        properties.contextTagPrefix() + report.category()));
            }
        }
        return new NoteWork(notes, tags);
    }

    /** The note to send, or null when its link says exactly this was sent already. */
    private ChildChange change(String sourceId, String personId, String contactId, String text, String userId, String summary) {
        String marker = ChildChange.marker(sourceId);
        NoteRequest request = new NoteRequest(text + "\n\n" + marker, userId);
        String hash = Hashes.of(contactId, request.body(), request.userId());
        ChildLink existing = links.find(run.definition(), ENTITY, sourceId);
        if (existing != null && !existing.isIntent() && Objects.equals(existing.contentHash(), hash)) {
            counters.increment("notes.unchanged");
            failures.delivered(sourceId);
            return null;
        }
        return new ChildChange(sourceId, personId, contactId, hash, null, existing, summary, new NotePayload(request, marker));
    }

    private static String name(String last, String first) {
        return ((last == null ? "" : last) + " " + (first == null ? "" : first)).strip();
    }
}
