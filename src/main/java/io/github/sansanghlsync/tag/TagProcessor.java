package io.github.sansanghlsync.tag;

import io.github.sansanghlsync.activity.ChildFailures;
import io.github.sansanghlsync.activity.ContactsOfPersons;
import io.github.sansanghlsync.activity.Hashes;
import io.github.sansanghlsync.job.StepCounters;
import io.github.sansanghlsync.job.StepRun;
import io.github.sansanghlsync.link.ChildLink;
import io.github.sansanghlsync.link.ChildLinks;
import io.github.sansanghlsync.link.Link;
import io.github.sansanghlsync.sansan.BizCard;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a card's tags with the tags this program remembers adding for the card's person (one
 * link row per card and tag, plus the notes' context tags): what is new is added, what no card of
 * the person carries any more is removed, and nothing else is ever touched.
 */
public class TagProcessor implements ItemProcessor<BizCard, TagChange> {

    public static final String ENTITY = "tag";

    private final ContactsOfPersons contacts;
    private final ChildLinks links;
    private final ChildFailures failures;
    private final TagProperties properties;
    private final StepCounters counters;
    private final StepRun run;

    TagProcessor(ContactsOfPersons contacts, ChildLinks links, ChildFailures failures, TagProperties properties,
                 StepCounters counters, StepRun run) {
        this.contacts = contacts;
        this.links = links;
        this.failures = failures;
        this.properties = properties;
        this.counters = counters;
        this.run = run;
    }

    /** The link key of a context tag a report's note added. */
    public static String contextSourceId(String personId, String tag) {
        return bounded("context|" + personId + "|", tag);
    }

    static String cardSourceId(String cardId, String tag) {
        return bounded("card|" + cardId + "|", tag);
    }

    private static String bounded(String prefix, String tag) {
        String id = prefix + tag.toLowerCase(Locale.ROOT);
        return id.length() <= 100 ? id : prefix + "#" + Hashes.of(tag.toLowerCase(Locale.ROOT)).substring(0, 24);
    }

    @Override
    public TagChange process(BizCard card) {
        if (!properties.enabled() || card.malformed() != null || card.id() == null || !"completed".equals(card.entryStatus())) {
            return null;
        }
        Map<String, String> desired = new LinkedHashMap<>();
        for (BizCard.Tag tag : card.tagsOrEmpty()) {
            if (tag.name() != null && !tag.name().isBlank()) {
                String name = properties.prefix() + tag.name().strip();
                desired.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        Link contact = contacts.of(card.personId());
        if (contact == null) {
            if (!desired.isEmpty()) {
                failures.contactMissing("tags/" + card.id(), card.personId(), "tags " + desired.values() + " of card " + card.id());
            }
            return null;
        }
        List<ChildLink> rows = links.ofParent(run.definition(), ENTITY, card.personId());
        String cardPrefix = "card|" + card.id() + "|";
        Map<String, ChildLink> mine = new LinkedHashMap<>();
        rows.stream().filter(row -> row.sourceId().startsWith(cardPrefix))
                .forEach(row -> mine.put(row.contentHash().toLowerCase(Locale.ROOT), row));
        List<String> add = new ArrayList<>();
        List<ChildLink> save = new ArrayList<>();
        desired.forEach((key, name) -> {
            if (!mine.containsKey(key)) {
                save.add(new ChildLink(cardSourceId(card.id(), name), card.personId(), contact.ghlId(), name, null, ChildLink.DONE));
                boolean anyRow = rows.stream().anyMatch(row -> row.contentHash().equalsIgnoreCase(name));
                if (!anyRow) {
                    add.add(name);
                }
            }
        });
        List<ChildLink> delete = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        mine.forEach((key, row) -> {
            if (!desired.containsKey(key)) {
                delete.add(row);
                boolean elsewhere = rows.stream().anyMatch(other -> !other.sourceId().startsWith(cardPrefix)
                        && other.contentHash().equalsIgnoreCase(row.contentHash()));
                if (!elsewhere) {
                    remove.add(row.contentHash());
                }
            }
        });
        if (save.isEmpty() && delete.isEmpty()) {
            if (!desired.isEmpty()) {
                counters.increment("tags.unchanged");
            }
            failures.delivered("tags/" + card.id());
            return null;
        }
        return new TagChange(card.id(), card.personId(), contact.ghlId(), add, remove, save, delete);
    }
}
