package io.github.sansanghlsync.tag;

import io.github.sansanghlsync.activity.ChildFailures;
import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.link.ChildLink;
import io.github.sansanghlsync.link.ChildLinks;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies a chunk's tag changes: removals first (only tags this program added), then additions grouped
 * by tag into bulk requests; then remembers what it added. Adding and removing tags are idempotent, so
 * a chunk sent again after a failure does no harm.
 */
class TagWriter implements ItemWriter<TagChange> {

    private final GhlClient ghl;
    private final TagSender sender;
    private final ChildLinks links;
    private final ChildFailures failures;
    private final StepCounters counters;
    private final StepRun run;
    private final int concurrency;

    TagWriter(GhlClient ghl, TagSender sender, ChildLinks links, ChildFailures failures, StepCounters counters,
              StepRun run, int concurrency) {
        this.ghl = ghl;
        this.sender = sender;
        this.links = links;
        this.failures = failures;
        this.counters = counters;
        this.run = run;
        this.concurrency = concurrency;
    }

    @Override
    public void write(Chunk<? extends TagChange> chunk) {
        Map<String, Set<String>> adds = new LinkedHashMap<>();
        Map<String, Set<String>> removes = new LinkedHashMap<>();
        for (TagChange change : chunk.getItems()) {
            change.add().forEach(tag -> adds.computeIfAbsent(change.contactId(), c -> new LinkedHashSet<>()).add(tag));
            change.remove().forEach(tag -> removes.computeIfAbsent(change.contactId(), c -> new LinkedHashSet<>()).add(tag));
        }
        // a tag another card of the same chunk still brings stays
        removes.forEach((contact, tags) -> tags.removeIf(tag -> adds.getOrDefault(contact, Set.of()).stream()
                .anyMatch(tag::equalsIgnoreCase) || keptByChunk(chunk, contact, tag)));
        long before = ghl.requestCount();
        Map<String, String> failed = new LinkedHashMap<>(Flux.fromIterable(removes.entrySet())
                .filter(entry -> !entry.getValue().isEmpty())
                .flatMap(entry -> sender.remove(entry.getKey(), List.copyOf(entry.getValue()))
                        .thenReturn(Map.<String, String>of())
                        .onErrorResume(e -> e instanceof GhlApiException api && api.isRecordError(),
                                e -> Mono.just(Map.of(entry.getKey(), e.getMessage()))), concurrency)
                .collectList().block().stream().flatMap(map -> map.entrySet().stream())
                .collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll));
        removes.forEach((contact, tags) -> {
            if (!failed.containsKey(contact)) {
                counters.add("tags.removed", tags.size());
            }
        });
        if (!adds.isEmpty()) {
            failed.putAll(sender.add(adds));
        }
        counters.add("ghl.requests", ghl.requestCount() - before);
        Set<String> addedOnce = new LinkedHashSet<>();
        for (TagChange change : chunk.getItems()) {
            String sourceId = "tags/" + change.cardId();
            if (failed.containsKey(change.contactId())) {
                failures.rejected(sourceId, change.personId(), new GhlApiException(400, List.of(failed.get(change.contactId())),
                        null, "tags", null), "tags of card " + change.cardId());
                continue;
            }
            change.add().stream().filter(tag -> addedOnce.add(change.contactId() + "|" + tag.toLowerCase(Locale.ROOT)))
                    .forEach(tag -> counters.increment("tags.added"));
            change.rowsToDelete().forEach(row -> links.delete(run.definition(), TagProcessor.ENTITY, row.sourceId()));
            change.rowsToSave().forEach(row -> links.save(run.definition(), TagProcessor.ENTITY, row, run.jobExecutionId()));
            failures.delivered(sourceId);
        }
    }

    private static boolean keptByChunk(Chunk<? extends TagChange> chunk, String contact, String tag) {
        List<ChildLink> saved = new ArrayList<>();
        chunk.getItems().stream().filter(change -> change.contactId().equals(contact))
                .forEach(change -> saved.addAll(change.rowsToSave()));
        return saved.stream().anyMatch(row -> row.contentHash().equalsIgnoreCase(tag));
    }
}
