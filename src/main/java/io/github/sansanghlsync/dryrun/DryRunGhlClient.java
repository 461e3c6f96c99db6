package io.github.sansanghlsync.dryrun;

import io.github.sansanghlsync.contact.ContactProcessor;
import io.github.sansanghlsync.ghl.BearerTokens;
import io.github.sansanghlsync.ghl.BulkTagResult;
import io.github.sansanghlsync.ghl.GhlActivity;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.GhlContact;
import io.github.sansanghlsync.ghl.GhlProperties;
import io.github.sansanghlsync.ghl.NoteRequest;
import io.github.sansanghlsync.ghl.QuotaScheduler;
import io.github.sansanghlsync.ghl.TaskRequest;
import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.ghl.UpsertResult;
import io.github.sansanghlsync.link.Link;
import io.github.sansanghlsync.link.LinkTable;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The GHL client of a dry run: reads go to GHL as usual (paced, retried), writes are never sent. An
 * upsert looks up the contact GHL would match ({@code GET /contacts/search/duplicate}, e-mail first, then
 * phone) and answers as GHL would: the matched contact updated, or a new contact created, with a
 * {@value #SYNTHETIC} id. Contacts the dry run "created" or "moved" earlier in the run match as they would
 * in the real run. Notes, tasks and tags become plan rows.
 */
public class DryRunGhlClient extends GhlClient {

    /** Prefix of the ids a dry run gives the contacts, notes and tasks it would create. */
    static final String SYNTHETIC = "dry-run-";

    private final DryRunPlan plan;
    private final LinkTable links;
    private final AtomicLong created = new AtomicLong();
    /** Identities moved by a PUT this dry run would send: {@code email:<e>} / {@code phone:<p>} → contact id. */
    private final Map<String, String> moved = new ConcurrentHashMap<>();
    /** The contact as GHL holds it before the write, by contact id, until the plan takes it. */
    private final Map<String, GhlContact> before = new ConcurrentHashMap<>();
    private volatile String scratchDefinition;

    public DryRunGhlClient(WebClient.Builder builder, JsonMapper json, GhlProperties properties, QuotaScheduler quota,
                           BearerTokens tokens, DryRunPlan plan, LinkTable links) {
        super(builder, json, properties, quota, tokens);
        this.plan = plan;
        this.links = links;
    }

    /** The scratch definition whose links say which contacts this dry run created. */
    void startRun(String scratch) {
        this.scratchDefinition = scratch;
        moved.clear();
        before.clear();
    }

    /** The contact as GHL held it before the upsert that answered {@code contactId}; empty for a contact of this dry run. */
    Optional<GhlContact> takeBefore(String contactId) {
        return Optional.ofNullable(before.remove(contactId));
    }

    static boolean isSynthetic(String id) {
        return id != null && id.startsWith(SYNTHETIC);
    }

    @Override
    public Mono<UpsertResult> upsertContact(UpsertContactRequest contact) {
        String email = contact.email() == null ? null : contact.email().toLowerCase(Locale.ROOT);
        String phone = contact.phone();
        return findDuplicate(contact.email(), phone)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .publishOn(Schedulers.boundedElastic()) // the scratch link look-ups below are JDBC
                .flatMap(atGhl -> {
                    boolean ghlMatchedEmail = atGhl.isPresent() && email != null
                            && email.equalsIgnoreCase(atGhl.get().fields().get("email"));
                    String id = Optional.ofNullable(email == null ? null : moved.get("email:" + email))
                            .or(() -> ghlMatchedEmail ? atGhl.map(GhlContact::id) : Optional.empty())
                            .or(() -> createdEarlier(email, links::ownersOfEmails))
                            .or(() -> Optional.ofNullable(phone == null ? null : moved.get("phone:" + phone)))
                            .or(() -> atGhl.map(GhlContact::id))
                            .or(() -> createdEarlier(phone, links::ownersOfPhones))
                            .orElse(null);
                    if (id == null) {
                        return Mono.just(new UpsertResult(true, SYNTHETIC + created.incrementAndGet(), null));
                    }
                    Mono<GhlContact> current = atGhl.filter(found -> found.id().equals(id)).map(Mono::just)
                            .orElseGet(() -> isSynthetic(id) ? Mono.empty() : getContact(id));
                    return current.doOnNext(found -> before.put(id, found)).thenReturn(new UpsertResult(false, id, null));
                });
    }

    /** A contact this dry run created from an earlier card and that owns the identity, as the scratch links say. */
    private Optional<String> createdEarlier(String identity, OwnerLookup lookup) {
        if (identity == null) {
            return Optional.empty();
        }
        String person = lookup.owners(scratchDefinition, ContactProcessor.ENTITY, List.of(identity)).get(identity);
        Link link = person == null ? null : links.find(scratchDefinition, ContactProcessor.ENTITY, person);
        return link != null && isSynthetic(link.ghlId()) ? Optional.of(link.ghlId()) : Optional.empty();
    }

    @FunctionalInterface
    private interface OwnerLookup {
        Map<String, String> owners(String definition, String entity, java.util.Collection<String> identities);
    }

    @Override
    public Mono<Void> moveIdentity(String contactId, String email, String phone) {
        Mono<GhlContact> current = isSynthetic(contactId) ? Mono.empty() : getContact(contactId);
        return current.doOnNext(found -> before.put(contactId, found)).then(Mono.fromRunnable(() -> {
            if (email != null) {
                moved.put("email:" + email.toLowerCase(Locale.ROOT), contactId);
            }
            if (phone != null) {
                moved.put("phone:" + phone, contactId);
            }
        }));
    }

    @Override
    public Mono<Boolean> addTags(String contactId, List<String> tags) {
        plan.add(activity("add", "tag", contactId, String.join(", ", tags)));
        return Mono.just(true);
    }

    @Override
    public Mono<Boolean> removeTags(String contactId, List<String> tags) {
        plan.add(activity("remove", "tag", contactId, String.join(", ", tags)));
        return Mono.just(true);
    }

    @Override
    public Mono<BulkTagResult> bulkAddTags(List<String> contactIds, List<String> tags) {
        contactIds.forEach(contactId -> plan.add(activity("add", "tag", contactId, String.join(", ", tags))));
        return Mono.just(new BulkTagResult(Map.of()));
    }

    @Override
    public Mono<Boolean> deleteContact(String contactId) {
        plan.add(activity("delete", "contact", contactId, null));
        return Mono.just(true);
    }

    @Override
    public Mono<String> createNote(String contactId, NoteRequest note, String marker) {
        plan.add(activity("create", "note", contactId, note.body()));
        return Mono.just(SYNTHETIC + "note-" + created.incrementAndGet());
    }

    @Override
    public Mono<Void> updateNote(String contactId, String noteId, NoteRequest note) {
        plan.add(activity("update", "note", contactId, note.body()));
        return Mono.empty();
    }

    @Override
    public Mono<GhlActivity> findNote(String contactId, String marker) {
        return isSynthetic(contactId) ? Mono.empty() : super.findNote(contactId, marker);
    }

    @Override
    public Mono<String> createTask(String contactId, TaskRequest task, String marker) {
        plan.add(activity("create", "task", contactId, task.title()));
        return Mono.just(SYNTHETIC + "task-" + created.incrementAndGet());
    }

    @Override
    public Mono<Void> updateTask(String contactId, String taskId, TaskRequest task) {
        plan.add(activity("update", "task", contactId, task.title()));
        return Mono.empty();
    }

    @Override
    public Mono<Void> completeTask(String contactId, String taskId) {
        plan.add(activity("complete", "task", contactId, null));
        return Mono.empty();
    }

    @Override
    public Mono<GhlActivity> findTask(String contactId, String marker) {
        return isSynthetic(contactId) ? Mono.empty() : super.findTask(contactId, marker);
    }

    private static DryRunPlan.Row activity(String outcome, String entity, String contactId, String content) {
        return new DryRunPlan.Row(outcome, entity, null, null, contactId, null, null, oneLine(content), null, null, null);
    }

    /** A note's body on one line and at most 120 characters: enough to recognise it in a spreadsheet. */
    static String oneLine(String content) {
        if (content == null) {
            return null;
        }
        String line = content.replaceAll("\\s+", " ").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
