package io.github.sansanghlsync.reconcile;

import io.github.sansanghlsync.contact.BizCardReader;
import io.github.sansanghlsync.contact.ContactProcessor;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.sansan.BizCard;
import io.github.sansanghlsync.sansan.SansanClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the linked persons that vanished from Sansan and treats their GHL contacts as configured.
 *
 * <p>Sansan has no delete feed, so it sweeps every card id (the same filters as the sync) and compares
 * the persons seen with the link table. A candidate is confirmed with {@code GET /persons/{id}} before
 * anything happens in GHL, so a card moved by an edit during the sweep is never taken for a deletion.
 * Every GHL call is idempotent (a tag already there, a contact already gone), so a failed run is simply
 * run again.
 */
public class Reconciler implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final String ENTITY = ContactProcessor.ENTITY;

    private final Supplier<BizCardReader> sweep;
    private final SansanClient sansan;
    private final GhlClient ghl;
    private final VanishedLinks links;
    private final ReconcileProperties properties;
    private final StepCounters counters;
    private final int concurrency;

    public Reconciler(Supplier<BizCardReader> sweep, SansanClient sansan, GhlClient ghl, VanishedLinks links,
                      ReconcileProperties properties, StepCounters counters, int concurrency) {
        this.sweep = sweep;
        this.sansan = sansan;
        this.ghl = ghl;
        this.links = links;
        this.properties = properties;
        this.counters = counters;
        this.concurrency = concurrency;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        StepRun run = StepRun.of(step);
        Set<String> seen = seenPersons(step.getExecutionContext());
        List<VanishedLinks.Row> active = links.active(run.definition(), ENTITY);
        List<VanishedLinks.Row> candidates = active.stream().filter(row -> !seen.contains(row.sourceId())).toList();
        checkPlausible(seen, active, candidates);
        List<VanishedLinks.Row> vanished = candidates.stream().filter(row -> {
            boolean present = sansan.personExists(row.sourceId());
            if (present) {
                counters.increment("reconcile.confirmedPresent");
            }
            return !present;
        }).toList();
        log.info("Reconcile of '{}': {} persons in Sansan, {} linked, {} vanished; treatment {}", run.definition(),
                seen.size(), active.size(), vanished.size(), properties.vanished());
        long requestsBefore = ghl.requestCount();
        List<Treated> treated = Flux.fromIterable(vanished)
                .flatMapSequential(row -> treat(row).map(found -> new Treated(row, found)), concurrency)
                .collectList()
                .block();
        for (Treated result : treated) {
            mark(run, result);
        }
        for (VanishedLinks.Row back : links.marked(run.definition(), ENTITY)) {
            if (seen.contains(back.sourceId())) {
                unmark(run, back);
            }
        }
        counters.add("ghl.requests", ghl.requestCount() - requestsBefore);
        return RepeatStatus.FINISHED;
    }

    private Set<String> seenPersons(ExecutionContext context) {
        BizCardReader reader = sweep.get();
        Set<String> persons = new HashSet<>();
        reader.open(new ExecutionContext());
        try {
            for (BizCard card = reader.read(); card != null; card = reader.read()) {
                counters.increment("cards.read");
                if (card.personId() != null) {
                    persons.add(card.personId());
                }
            }
            reader.update(context);
        } finally {
            reader.close();
        }
        return persons;
    }

    /** A sweep that sees nothing, or far too few, more likely read the wrong scope than saw a mass deletion. */
    private void checkPlausible(Set<String> seen, List<VanishedLinks.Row> active, List<VanishedLinks.Row> candidates) {
        if (candidates.size() > Math.max(10, properties.maxVanishedShare() * active.size())) {
            throw new IllegalStateException("Reconcile found " + candidates.size() + " of " + active.size()
                    + " linked persons missing from Sansan (" + seen.size() + " persons seen) and stopped without "
                    + "touching GHL. Check the API key's user sees every card; if the deletions are real, raise "
                    + "reconcile.max-vanished-share");
        }
    }

    private Mono<Boolean> treat(VanishedLinks.Row row) {
        return switch (properties.vanished()) {
            case TAG -> ghl.addTags(row.ghlId(), List.of(properties.tag()));
            case DELETE -> ghl.deleteContact(row.ghlId());
            case LEAVE -> Mono.just(true);
        };
    }

    private void mark(StepRun run, Treated result) {
        VanishedLinks.Row row = result.row();
        counters.increment("reconcile.vanished");
        if (!result.found()) {
            counters.increment("reconcile.alreadyGoneInGhl");
        }
        switch (properties.vanished()) {
            case TAG -> counters.increment("reconcile.tagged");
            case DELETE -> counters.increment("reconcile.deleted");
            case LEAVE -> counters.increment("reconcile.left");
        }
        if (properties.vanished() == VanishedTreatment.DELETE || !result.found()) {
            links.markDeleted(run.definition(), ENTITY, row.sourceId(), run.jobExecutionId());
        } else {
            links.mark(run.definition(), ENTITY, row.sourceId(), properties.vanished(), run.jobExecutionId());
        }
        log.info("Sansan person {} vanished: GHL contact {} {}", row.sourceId(), row.ghlId(),
                result.found() ? properties.vanished().name().toLowerCase() + (properties.vanished() == VanishedTreatment.TAG
                        ? " '" + properties.tag() + "'" : "") : "was already gone");
    }

    /** A person marked vanished is in Sansan again: unmark it and take the tag off. */
    private void unmark(StepRun run, VanishedLinks.Row row) {
        if (VanishedTreatment.TAG.name().equals(row.treatment()) && row.ghlId() != null) {
            ghl.removeTags(row.ghlId(), List.of(properties.tag())).block();
        }
        links.unmark(run.definition(), ENTITY, row.sourceId(), run.jobExecutionId());
        counters.increment("reconcile.reappeared");
        log.info("Sansan person {} is back; its vanished mark ({}) was removed", row.sourceId(), row.treatment());
    }

    private record Treated(VanishedLinks.Row row, boolean found) {
    }
}
