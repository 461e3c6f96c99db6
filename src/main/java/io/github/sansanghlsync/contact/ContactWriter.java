package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.ghl.UpsertResult;
import io.github.sansanghlsync.http.FanOut;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.ledger.ErrorCode;
import io.github.sansanghlsync.ledger.Failure;
import io.github.sansanghlsync.ledger.FailureLedger;
import io.github.sansanghlsync.link.Link;
import io.github.sansanghlsync.link.KnownLinks;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Upserts a chunk's contacts into GHL, many requests in flight at once, and records every outcome in
 * the link table and the failure ledger inside the chunk's transaction.
 *
 * <p>Per-record 4xx answers are recorded here, not thrown: Spring Batch 6.0.4's write-side skips can
 * lose items. Transient failures are retried by the client; when retries run out the chunk fails and
 * a restart sends it again, which is safe because upserts are idempotent.
 *
 * <p>Identity policy: two Sansan persons never become one GHL contact. An e-mail already owned by
 * another person rejects the card ({@code CONTACT_SHARED_EMAIL}); a shared phone is left out when
 * the e-mail identifies the person ({@code CONTACT_SHARED_PHONE_OMITTED}, a warning) and rejects the
 * card otherwise ({@code CONTACT_SHARED_PHONE}).
 */
public class ContactWriter implements ItemWriter<ContactChange> {

    private final GhlClient ghl;
    private final KnownLinks links;
    private final FailureLedger ledger;
    private final StepCounters counters;
    private final StepRun run;
    private final int concurrency;
    private final ContactOutcomes outcomes;

    public ContactWriter(GhlClient ghl, KnownLinks links, FailureLedger ledger, StepCounters counters, StepRun run,
                         int concurrency, ContactOutcomes outcomes) {
        this.ghl = ghl;
        this.links = links;
        this.ledger = ledger;
        this.counters = counters;
        this.run = run;
        this.concurrency = concurrency;
        this.outcomes = outcomes;
    }

    @Override
    public void write(Chunk<? extends ContactChange> chunk) {
        List<ContactChange> newest = newestPerPerson(chunk.getItems());
        List<Outgoing> outgoing = new ArrayList<>();
        for (Outgoing candidate : claimIdentities(newest)) {
            if (candidate.change().unchanged()) {
                counters.increment("contacts.unchanged");
                outcomes.unchanged(candidate.change());
                delivered(candidate, candidate.change().existing().ghlId());
            } else {
                outgoing.add(candidate);
            }
        }
        long requestsBefore = ghl.requestCount();
        long throttledBefore = ghl.throttledCount();
        // each answer is recorded while the later ones are still in flight
        FanOut.inOrder(outgoing, item -> send(item)
                .map(result -> new Sent(item, result, null))
                .onErrorResume(e -> e instanceof GhlApiException api && api.isRecordError(),
                        e -> Mono.just(new Sent(item, null, (GhlApiException) e))), concurrency, result -> {
            if (result.error() != null) {
                rejectByGhl(result.item().change(), result.error());
            } else {
                applied(result.item(), result.result());
            }
        });
        counters.add("ghl.requests", ghl.requestCount() - requestsBefore);
        counters.add("ghl.throttled", ghl.throttledCount() - throttledBefore);
    }

    /**
     * GHL's upsert finds a contact by e-mail, then phone. When a linked person's new card changes both,
     * the upsert would create a second contact, so the known contact must first move to the new identity.
     */
    private static boolean identityMoves(ContactChange change, UpsertContactRequest request) {
        Link existing = change.existing();
        if (existing == null || existing.ghlId() == null) {
            return false;
        }
        boolean matchesByEmail = change.identityEmail() != null && change.identityEmail().equals(existing.identityEmail());
        boolean matchesByPhone = request.phone() != null && request.phone().equals(existing.identityPhone());
        return !matchesByEmail && !matchesByPhone;
    }

    private Mono<UpsertResult> send(Outgoing item) {
        Mono<Void> move = item.movesIdentity()
                ? ghl.moveIdentity(item.change().existing().ghlId(), item.request().email(), item.request().phone())
                : Mono.empty();
        return move.then(ghl.upsertContact(item.request()));
    }

    /** Keeps, per person, only the chunk's newest card; the others are superseded. */
    private List<ContactChange> newestPerPerson(List<? extends ContactChange> items) {
        Map<String, ContactChange> newest = new LinkedHashMap<>();
        for (ContactChange change : items) {
            ContactChange kept = newest.get(change.personId());
            if (kept == null || change.rank().compareTo(kept.rank()) > 0) {
                newest.put(change.personId(), change);
            }
            if (kept != null) {
                counters.increment("cards.superseded");
            }
        }
        return new ArrayList<>(newest.values());
    }

    /** Applies the identity policy against the link table and the rest of the chunk. */
    private List<Outgoing> claimIdentities(List<ContactChange> changes) {
        List<String> emails = changes.stream().map(ContactChange::identityEmail).filter(Objects::nonNull).toList();
        List<String> phones = changes.stream().map(ContactChange::identityPhone).filter(Objects::nonNull).toList();
        Map<String, String> emailOwners = new HashMap<>(links.ownersOfEmails(emails));
        Map<String, String> phoneOwners = new HashMap<>(links.ownersOfPhones(phones));
        List<Outgoing> accepted = new ArrayList<>();
        for (ContactChange change : changes) {
            String person = change.personId();
            String email = change.identityEmail();
            String phone = change.identityPhone();
            if (email != null && isOther(emailOwners.get(email), person)) {
                reject(change, ErrorCode.CONTACT_SHARED_EMAIL, "email",
                        "The e-mail " + email + " already identifies Sansan person " + emailOwners.get(email) + " in GHL", null, null);
                continue;
            }
            UpsertContactRequest request = change.request();
            boolean phoneOmitted = false;
            if (phone != null && isOther(phoneOwners.get(phone), person)) {
                if (email == null) {
                    reject(change, ErrorCode.CONTACT_SHARED_PHONE, "phone", "The phone " + phone
                            + " already identifies Sansan person " + phoneOwners.get(phone) + " in GHL and the card has no e-mail", null, null);
                    continue;
                }
                request = request.withoutPhone();
                phoneOmitted = true;
            }
            if (email != null) {
                emailOwners.put(email, person);
            }
            if (phone != null && !phoneOmitted) {
                phoneOwners.put(phone, person);
            }
            boolean moves = identityMoves(change, request);
            if (moves) {
                counters.increment("contacts.identityMoved");
            }
            accepted.add(new Outgoing(change, request, phoneOmitted, moves));
        }
        return accepted;
    }

    private static boolean isOther(String owner, String person) {
        return owner != null && !owner.equals(person);
    }

    private void applied(Outgoing item, UpsertResult result) {
        ContactChange change = item.change();
        // a contact GHL has just created, or the person's own, belongs to no other person: no look-up
        boolean known = result.created() || change.existing() != null && result.contactId().equals(change.existing().ghlId());
        String linkedPerson = known ? null : links.sourceIdOf(result.contactId());
        if (isOther(linkedPerson, change.personId())) {
            reject(change, ErrorCode.GHL_MATCHED_OTHER_PERSON, null, "GHL matched contact " + result.contactId()
                    + ", which belongs to Sansan person " + linkedPerson, 200, result.traceId());
            return;
        }
        counters.increment(result.created() ? "contacts.created" : "contacts.updated");
        outcomes.written(change, item.request(), result);
        delivered(item, result.contactId());
    }

    private void delivered(Outgoing item, String ghlId) {
        ContactChange change = item.change();
        String phone = item.phoneOmitted() ? null : change.identityPhone();
        Link link = new Link(change.personId(), ghlId, change.contentHash(), change.rank(), change.card().id(),
                change.identityEmail(), phone);
        if (change.existing() == null) {
            // the processor found no link in this transaction, and a chunk has one change per person
            links.insert(link, run.jobExecutionId());
        } else {
            links.save(link, run.jobExecutionId());
        }
        ledger.closeDelivered(run.definition(), ContactProcessor.ENTITY, change.card().id(), run.jobExecutionId());
        ledger.closeSuperseded(run.definition(), ContactProcessor.ENTITY, change.personId(), change.rank(), run.jobExecutionId());
        if (item.phoneOmitted()) {
            counters.increment("warnings." + ErrorCode.CONTACT_SHARED_PHONE_OMITTED.name());
            ledger.record(run.definition(), new Failure(ContactProcessor.ENTITY, change.card().id(), change.personId(),
                    change.rank(), ErrorCode.CONTACT_SHARED_PHONE_OMITTED, "phone", "The phone " + change.identityPhone()
                    + " belongs to another Sansan person; sent without it", null, null, change.summary()),
                    run.stepName(), run.jobExecutionId());
        }
    }

    private void rejectByGhl(ContactChange change, GhlApiException error) {
        ErrorCode code = switch (error.status()) {
            case 400 -> ErrorCode.GHL_400_BAD_REQUEST;
            case 422 -> error.messages().stream().anyMatch(m -> m.contains("should not exist"))
                    ? ErrorCode.GHL_422_UNKNOWN_PROPERTY : ErrorCode.GHL_422_INVALID;
            default -> ErrorCode.GHL_4XX;
        };
        reject(change, code, null, String.join("; ", error.messages()), error.status(), error.traceId());
    }

    private void reject(ContactChange change, ErrorCode code, String field, String message, Integer status, String traceId) {
        counters.increment("rejected." + code.name());
        ledger.record(run.definition(), new Failure(ContactProcessor.ENTITY, change.card().id(), change.personId(),
                change.rank(), code, field, message, status, traceId, change.summary()), run.stepName(), run.jobExecutionId());
    }

    private record Outgoing(ContactChange change, UpsertContactRequest request, boolean phoneOmitted, boolean movesIdentity) {
    }

    private record Sent(Outgoing item, UpsertResult result, GhlApiException error) {
    }
}
