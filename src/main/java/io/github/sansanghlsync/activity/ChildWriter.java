package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.http.FanOut;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.link.ChildLink;
import io.github.sansanghlsync.link.ChildLinks;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes notes or tasks exactly once: GHL's creates are not idempotent, so the intent to create is
 * committed before the call, and a create whose intent has no recorded answer (the process died, the
 * chunk rolled back) first looks for the record by its marker. Updates (PUT) are idempotent and sent
 * as they are. Many requests are in flight at once; per-record 4xx go to the ledger.
 */
public class ChildWriter {

    private final GhlClient ghl;
    private final ChildLinks links;
    private final ChildFailures failures;
    private final StepCounters counters;
    private final StepRun run;
    private final String entity;
    private final int concurrency;

    public ChildWriter(GhlClient ghl, ChildLinks links, ChildFailures failures, StepCounters counters, StepRun run,
                       String entity, int concurrency) {
        this.ghl = ghl;
        this.links = links;
        this.failures = failures;
        this.counters = counters;
        this.run = run;
        this.entity = entity;
        this.concurrency = concurrency;
    }

    /** Sends the changes; links, counters and ledger rows are written in the caller's transaction. */
    public void write(List<ChildChange> all) {
        Map<String, ChildChange> bySource = new LinkedHashMap<>();
        all.forEach(change -> bySource.put(change.sourceId(), change));
        List<ChildChange> changes = new ArrayList<>(bySource.values());
        List<ChildLink> intents = changes.stream().filter(change -> change.existing() == null)
                .map(change -> new ChildLink(change.sourceId(), change.personId(), null, change.contentHash(),
                        change.version(), ChildLink.INTENT))
                .toList();
        links.recordIntents(run.definition(), entity, intents, run.jobExecutionId());
        long before = ghl.requestCount();
        // each answer is recorded while the later ones are still in flight
        FanOut.inOrder(changes, change -> send(change)
                .onErrorResume(e -> e instanceof GhlApiException api && api.isRecordError(),
                        e -> Mono.just(new Outcome(change, null, null, (GhlApiException) e))), concurrency, this::record);
        counters.add("ghl.requests", ghl.requestCount() - before);
    }

    private void record(Outcome outcome) {
        ChildChange change = outcome.change();
        if (outcome.error() != null) {
            failures.rejected(change.sourceId(), change.personId(), outcome.error(), change.summary());
            return;
        }
        counters.increment(entity + "s." + outcome.what());
        String state = change.existing() != null && ChildLink.COMPLETED.equals(change.existing().state())
                ? ChildLink.COMPLETED : ChildLink.DONE;
        ChildLink link = new ChildLink(change.sourceId(), change.personId(), outcome.ghlId(), change.contentHash(),
                change.version(), state);
        if (change.existing() == null || change.existing().isIntent()) {
            links.saveCreated(run.definition(), entity, link, run.jobExecutionId());
        } else {
            links.save(run.definition(), entity, link, run.jobExecutionId());
        }
        failures.delivered(change.sourceId());
    }

    private Mono<Outcome> send(ChildChange change) {
        ChildLink existing = change.existing();
        ChildPayload payload = change.payload();
        if (existing != null && !existing.isIntent() && existing.ghlId() != null) {
            return payload.update(ghl, change.contactId(), existing.ghlId())
                    .thenReturn(new Outcome(change, existing.ghlId(), "updated", null));
        }
        if (existing != null && existing.isIntent()) {
            // an earlier attempt may have created it: look before creating again
            return payload.find(ghl, change.contactId())
                    .flatMap(found -> found.body() != null && found.body().equals(payload.body())
                            ? Mono.just(new Outcome(change, found.id(), "reconciled", null))
                            : payload.update(ghl, change.contactId(), found.id())
                            .thenReturn(new Outcome(change, found.id(), "reconciled", null)))
                    .switchIfEmpty(Mono.defer(() -> create(change)));
        }
        return create(change);
    }

    private Mono<Outcome> create(ChildChange change) {
        return change.payload().create(ghl, change.contactId()).map(id -> new Outcome(change, id, "created", null));
    }

    private record Outcome(ChildChange change, String ghlId, String what, GhlApiException error) {
    }
}
