package io.github.sansanghlsync.tag;

import io.github.sansanghlsync.ghl.GhlApiException;
import io.github.sansanghlsync.ghl.GhlClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds tags to contacts with as few requests as it can: a tag that many contacts get goes out in one
 * bulk request ({@code POST /contacts/bulk/tags/update/add}, up to 100 contacts each), the rest with the
 * additive per-contact endpoint. Both only add: tags a GHL user set are never touched.
 */
public class TagSender {

    static final int BULK_BATCH = 100;

    private final GhlClient ghl;
    private final int bulkMinContacts;
    private final int concurrency;

    public TagSender(GhlClient ghl, int bulkMinContacts, int concurrency) {
        this.ghl = ghl;
        this.bulkMinContacts = bulkMinContacts;
        this.concurrency = concurrency;
    }

    /** Adds the tags to each contact; gives the contacts GHL refused, with its reason. */
    public Map<String, String> add(Map<String, Set<String>> tagsByContact) {
        Map<String, List<String>> contactsByTag = new LinkedHashMap<>();
        tagsByContact.forEach((contact, tags) -> tags.forEach(tag ->
                contactsByTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(contact)));
        List<Mono<Map<String, String>>> requests = new ArrayList<>();
        Map<String, Set<String>> single = new LinkedHashMap<>();
        contactsByTag.forEach((tag, contacts) -> {
            if (contacts.size() >= bulkMinContacts) {
                for (int i = 0; i < contacts.size(); i += BULK_BATCH) {
                    List<String> batch = contacts.subList(i, Math.min(contacts.size(), i + BULK_BATCH));
                    requests.add(ghl.bulkAddTags(List.copyOf(batch), List.of(tag)).map(result -> result.errorsByContact()));
                }
            } else {
                contacts.forEach(contact -> single.computeIfAbsent(contact, c -> new LinkedHashSet<>()).add(tag));
            }
        });
        single.forEach((contact, tags) -> requests.add(ghl.addTags(contact, List.copyOf(tags))
                .thenReturn(Map.<String, String>of())
                .onErrorResume(e -> e instanceof GhlApiException api && api.isRecordError(),
                        e -> Mono.just(Map.of(contact, ((GhlApiException) e).status() + " " + String.join("; ",
                                ((GhlApiException) e).messages()))))));
        Map<String, String> failed = new LinkedHashMap<>();
        Flux.fromIterable(requests).flatMap(request -> request, concurrency).toIterable().forEach(failed::putAll);
        return failed;
    }

    /** Removes tags from one contact (only ever tags this program added). */
    public Mono<Void> remove(String contactId, List<String> tags) {
        return ghl.removeTags(contactId, tags).then();
    }
}
