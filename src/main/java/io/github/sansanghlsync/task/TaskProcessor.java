package io.github.sansanghlsync.task;

import io.github.sansanghlsync.activity.ChildChange;
import io.github.sansanghlsync.activity.ChildFailures;
import io.github.sansanghlsync.activity.ContactsOfPersons;
import io.github.sansanghlsync.activity.Hashes;
import io.github.sansanghlsync.activity.OwnerUsers;
import io.github.sansanghlsync.activity.SansanItem;
import io.github.sansanghlsync.ghl.TaskRequest;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.link.ChildLink;
import io.github.sansanghlsync.link.ChildLinks;
import io.github.sansanghlsync.link.Link;
import io.github.sansanghlsync.sansan.ActivityReport;
import io.github.sansanghlsync.sansan.BizCard;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies the task rules to a card (follow-up of a new card, congratulation on a new role) or a report
 * (a task for a scheduled activity; completion of follow-ups the activity shows were done).
 */
class TaskProcessor implements ItemProcessor<SansanItem, TaskWork> {

    static final String ENTITY = "task";
    /** The title and company last seen on a person's contact card, to notice a new role. */
    static final String ROLE = "role";
    private static final Set<String> FOLLOW_UP_ACTIVITIES = Set.of("meeting", "call", "email");

    private final ContactsOfPersons contacts;
    private final ChildLinks links;
    private final ChildFailures failures;
    private final OwnerUsers owners;
    private final TaskProperties properties;
    private final TaskRules rules;
    private final StepCounters counters;
    private final StepRun run;
    private final LocalDateTime now;

    /** @param runEnd the end of the run's range: "now" for the rules, so a run gives the same tasks whenever it is re-run */
    TaskProcessor(ContactsOfPersons contacts, ChildLinks links, ChildFailures failures, OwnerUsers owners,
                  TaskProperties properties, StepCounters counters, StepRun run, OffsetDateTime runEnd) {
        this.contacts = contacts;
        this.links = links;
        this.failures = failures;
        this.owners = owners;
        this.properties = properties;
        this.rules = new TaskRules(properties);
        this.counters = counters;
        this.run = run;
        this.now = runEnd.atZoneSameInstant(properties.zone()).toLocalDateTime();
    }

    @Override
    public TaskWork process(SansanItem item) {
        TaskWork work = null;
        if (item instanceof SansanItem.Card card) {
            work = card(card.card());
        } else if (item instanceof SansanItem.Report report) {
            work = report(report.report());
        }
        return work == null || work.tasks().isEmpty() && work.completions().isEmpty() ? null : work;
    }

    private TaskWork card(BizCard card) {
        if (card.malformed() != null || card.id() == null || !"completed".equals(card.entryStatus())) {
            return null;
        }
        Link contact = contacts.of(card.personId());
        String name = name(card.lastName(), card.firstName());
        List<ChildChange> tasks = new ArrayList<>();
        LocalDate exchanged = card.exchangeDateValue();
        if (properties.followUp() && exchanged != null && !exchanged.isAfter(now.toLocalDate())
                && !exchanged.atStartOfDay().isBefore(now.minus(properties.followUpMaxAge()))) {
            String sourceId = "followup/" + card.id();
            if (contact == null) {
                failures.contactMissing(sourceId, card.personId(), "follow-up of card " + card.id() + " (" + name + ")");
            } else {
                String title = TaskRules.title(properties.followUpTitle(), Map.of("name", name,
                        "company", Objects.toString(card.companyName(), "")));
                String body = "Sansan: card exchanged on " + exchanged + (card.owner() == null || card.owner().name() == null
                        ? "" : " by " + card.owner().name()) + ".";
                add(tasks, sourceId, card.personId(), contact.ghlId(), title, body, rules.dueAfter(exchanged),
                        owners.userOf(card.owner()), exchanged.toString(), title);
            }
        }
        if (properties.congratulate() && contact != null && card.id().equals(contact.sourceRecordId())) {
            congratulate(card, contact, name, tasks);
        }
        return new TaskWork(tasks, List.of());
    }

    /** Remembers the title and company of the person's contact card; a change since the last run is a new role. */
    private void congratulate(BizCard card, Link contact, String name, List<ChildChange> tasks) {
        String role = Hashes.of(blankToNull(card.title()), blankToNull(card.companyName()));
        String roleId = card.personId();
        ChildLink last = links.find(run.definition(), ROLE, roleId);
        if (last != null && Objects.equals(last.contentHash(), role)) {
            return;
        }
        links.save(run.definition(), ROLE, new ChildLink(roleId, card.personId(), contact.ghlId(), role, card.id(),
                ChildLink.DONE), run.jobExecutionId());
        if (last == null) {
            return;
        }
        LocalDate changed = card.updatedTimeValue() == null ? now.toLocalDate()
                : card.updatedTimeValue().atZoneSameInstant(properties.zone()).toLocalDate();
        String sourceId = "congrats/" + card.personId() + "/" + role.substring(0, 12);
        String title = TaskRules.title(properties.congratulateTitle(), Map.of("name", name,
                "company", Objects.toString(card.companyName(), "")));
        String body = "Sansan: now " + Objects.toString(card.title(), "") + " at " + Objects.toString(card.companyName(), "") + ".";
        add(tasks, sourceId, card.personId(), contact.ghlId(), title, body, rules.dueAfter(changed),
                owners.userOf(card.owner()), changed.toString(), title);
    }

    private TaskWork report(ActivityReport report) {
        LocalDateTime start = report.start();
        if (report.id() == null || start == null) {
            return null;
        }
        List<ChildChange> tasks = new ArrayList<>();
        List<TaskWork.Completion> completions = new ArrayList<>();
        for (ActivityReport.ExternalAttendee attendee : report.externalAttendeesOrEmpty()) {
            if (attendee.personId() == null) {
                continue;
            }
            Link contact = contacts.of(attendee.personId());
            if (start.isAfter(now) && properties.upcoming()) {
                String sourceId = "upcoming/" + report.id() + "/" + attendee.personId();
                if (contact == null) {
                    failures.contactMissing(sourceId, attendee.personId(), report.type() + " on " + report.startDate()
                            + " with " + attendee.displayName());
                    continue;
                }
                String title = TaskRules.title(properties.upcomingTitle(), Map.of("name", attendee.displayName(),
                        "company", Objects.toString(attendee.companyName(), ""), "type", Objects.toString(report.type(), ""),
                        "title", Objects.toString(report.title(), "")));
                String body = "Sansan: " + report.type() + " with " + attendee.displayName()
                        + (report.location() == null ? "" : " at " + report.location()) + ".";
                add(tasks, sourceId, attendee.personId(), contact.ghlId(), title, body, rules.format(start),
                        owners.userOf(report.owner()), start.toLocalDate().toString(), title);
            } else if (!start.isAfter(now) && contact != null && properties.completeOnActivity()
                    && FOLLOW_UP_ACTIVITIES.contains(report.category())) {
                for (ChildLink task : links.ofParent(run.definition(), ENTITY, attendee.personId())) {
                    if (task.sourceId().startsWith("followup/") && ChildLink.DONE.equals(task.state()) && task.ghlId() != null
                            && task.version() != null && start.toLocalDate().isAfter(LocalDate.parse(task.version()))) {
                        completions.add(new TaskWork.Completion(contact.ghlId(), task,
                                report.type() + " on " + report.startDate()));
                    }
                }
            }
        }
        return new TaskWork(tasks, completions);
    }

    private void add(List<ChildChange> tasks, String sourceId, String personId, String contactId, String title, String body,
                     String due, String assignee, String version, String summary) {
        String marker = ChildChange.marker(sourceId);
        TaskRequest request = new TaskRequest(title, body + "\n\n" + marker, due, false, assignee);
        String hash = Hashes.of(contactId, request.title(), request.body(), request.dueDate(), request.assignedTo());
        ChildLink existing = links.find(run.definition(), ENTITY, sourceId);
        if (existing != null && !existing.isIntent() && Objects.equals(existing.contentHash(), hash)) {
            counters.increment("tasks.unchanged");
            failures.delivered(sourceId);
            return;
        }
        tasks.add(new ChildChange(sourceId, personId, contactId, hash, version, existing, summary, new TaskPayload(request, marker)));
    }

    private static String name(String last, String first) {
        return ((last == null ? "" : last) + " " + (first == null ? "" : first)).strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
