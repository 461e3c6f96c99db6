package io.github.sansanghlsync.note;

import io.github.sansanghlsync.activity.ChildFailures;
import io.github.sansanghlsync.activity.ChildWriter;
import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.link.ChildLink;
import io.github.sansanghlsync.link.ChildLinks;
import io.github.sansanghlsync.tag.TagProcessor;
import io.github.sansanghlsync.tag.TagSender;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a chunk's notes exactly once, then adds the context tags the contacts do not have from this program yet. */
class NoteWriter implements ItemWriter<NoteWork> {

    private final ChildWriter notes;
    private final TagSender tags;
    private final ChildLinks links;
    private final ChildFailures tagFailures;
    private final GhlClient ghl;
    private final StepCounters counters;
    private final StepRun run;

    NoteWriter(ChildWriter notes, TagSender tags, ChildLinks links, ChildFailures tagFailures, GhlClient ghl,
               StepCounters counters, StepRun run) {
        this.notes = notes;
        this.tags = tags;
        this.links = links;
        this.tagFailures = tagFailures;
        this.ghl = ghl;
        this.counters = counters;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends NoteWork> chunk) {
        notes.write(chunk.getItems().stream().flatMap(work -> work.notes().stream()).toList());
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        Map<String, String> personOfContact = new LinkedHashMap<>();
        for (NoteWork work : chunk.getItems()) {
            for (NoteWork.ContextTag tag : work.contextTags()) {
                boolean added = links.ofParent(run.definition(), TagProcessor.ENTITY, tag.personId()).stream()
                        .anyMatch(link -> tag.tag().equalsIgnoreCase(link.contentHash()));
                if (!added) {
                    wanted.computeIfAbsent(tag.contactId(), c -> new LinkedHashSet<>()).add(tag.tag());
                    personOfContact.put(tag.contactId(), tag.personId());
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        long before = ghl.requestCount();
        Map<String, String> failed = tags.add(wanted);
        counters.add("ghl.requests", ghl.requestCount() - before);
        wanted.forEach((contact, contextTags) -> {
            String person = personOfContact.get(contact);
            for (String tag : contextTags) {
                String sourceId = TagProcessor.contextSourceId(person, tag);
                if (failed.containsKey(contact)) {
                    tagFailures.rejected(sourceId, person, new GhlApiException(400,
                            List.of(failed.get(contact)), null, "tag", null), "context tag " + tag);
                    continue;
                }
                counters.increment("tags.added");
                links.save(run.definition(), TagProcessor.ENTITY, new ChildLink(sourceId, person, contact, tag, null,
                        ChildLink.DONE), run.jobExecutionId());
                tagFailures.delivered(sourceId);
            }
        });
    }
}
