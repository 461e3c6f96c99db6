package io.github.sansanghlsync.sandbox.ghl;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The contacts of one location, indexed by lower-case e-mail and by phone. Every write runs under the
 * book's lock, so two upserts of the same e-mail racing on two threads find each other.
 */
final class ContactBook {

    /** What an upsert did. */
    record Upsert(GhlContact contact, boolean created) {
    }

    /** The contact a create or update collided with, and on which field ({@code email} or {@code phone}). */
    record Duplicate(GhlContact existing, String matchingField) {
    }

    /** What a create or update did: the saved contact, or the duplicate that stopped it. */
    record Write(GhlContact contact, Duplicate duplicate) {

        boolean duplicated() {
            return duplicate != null;
        }
    }

    private final String locationId;
    private final List<GhlCustomField> customFields;
    private final Map<String, String> locationOfContact;
    private final Map<String, GhlContact> contacts = new LinkedHashMap<>();
    private final Map<String, Set<String>> idsByEmail = new HashMap<>();
    private final Map<String, Set<String>> idsByPhone = new HashMap<>();
    /** Creation order, so "the first contact with this e-mail" stays the oldest one after updates. */
    private final Map<String, Long> sequence = new HashMap<>();
    private long nextSequence;

    ContactBook(String locationId, List<GhlCustomField> customFields, Map<String, String> locationOfContact) {
        this.locationId = locationId;
        this.customFields = List.copyOf(customFields);
        this.locationOfContact = locationOfContact;
    }

    String locationId() {
        return locationId;
    }

    List<GhlCustomField> customFields() {
        return customFields;
    }

    synchronized List<GhlContact> all() {
        return List.copyOf(contacts.values());
    }

    synchronized Optional<GhlContact> get(String id) {
        return Optional.ofNullable(contacts.get(id));
    }

    /** The oldest contact with this e-mail (case-insensitive), if any. */
    synchronized Optional<GhlContact> byEmail(String email) {
        return first(idsByEmail, email == null ? null : email.toLowerCase(Locale.ROOT));
    }

    synchronized Optional<GhlContact> byPhone(String phone) {
        return first(idsByPhone, phone);
    }

    /**
     * Matches by e-mail first, then by phone (the default dedupe order). When the e-mail matches A and the
     * phone belongs to another contact B, A is updated and the phone is not written, as the spec says.
     * {@code createNewIfDuplicateAllowed} is ignored: sandbox locations do not allow duplicates.
     */
    synchronized Upsert upsert(JsonNode body, Supplier<String> newId, Instant now) {
        String email = ContactBodyRules.text(body, "email");
        String phone = ContactBodyRules.text(body, "phone");
        Optional<GhlContact> match = byEmail(email);
        boolean withoutPhone = false;
        if (match.isPresent()) {
            Optional<GhlContact> phoneOwner = byPhone(phone);
            withoutPhone = phoneOwner.isPresent() && !phoneOwner.get().id().equals(match.get().id());
        } else {
            match = byPhone(phone);
        }
        GhlContact.Builder contact = match.map(GhlContact::toBuilder).orElseGet(() -> fresh(newId.get(), now));
        ContactPatch.apply(contact, body, customFields, withoutPhone);
        contact.dateUpdated = now;
        return new Upsert(save(contact.build()), match.isEmpty());
    }

    /** Creates a contact unless its e-mail or phone is taken (duplicates are not allowed). */
    synchronized Write create(JsonNode body, Supplier<String> newId, Instant now) {
        Optional<Duplicate> duplicate = duplicateOf(body, null);
        if (duplicate.isPresent()) {
            return new Write(null, duplicate.get());
        }
        GhlContact.Builder contact = fresh(newId.get(), now);
        ContactPatch.apply(contact, body, customFields, false);
        return new Write(save(contact.build()), null);
    }

    /** Updates a contact; empty when it does not exist, a {@link Duplicate} when it would collide. */
    synchronized Optional<Write> update(String id, JsonNode body, Instant now) {
        GhlContact existing = contacts.get(id);
        if (existing == null) {
            return Optional.empty();
        }
        Optional<Duplicate> duplicate = duplicateOf(body, id);
        if (duplicate.isPresent()) {
            return Optional.of(new Write(null, duplicate.get()));
        }
        GhlContact.Builder contact = existing.toBuilder();
        ContactPatch.apply(contact, body, customFields, false);
        contact.dateUpdated = now;
        return Optional.of(new Write(save(contact.build()), null));
    }

    /** Changes a contact's tags with the function; empty when the contact does not exist. */
    synchronized Optional<GhlContact> retag(String id, UnaryOperator<List<String>> change, Instant now) {
        GhlContact existing = contacts.get(id);
        if (existing == null) {
            return Optional.empty();
        }
        GhlContact.Builder contact = existing.toBuilder().tags(change.apply(new ArrayList<>(existing.tags())));
        contact.dateUpdated = now;
        return Optional.of(save(contact.build()));
    }

    /** Adds a contact as a GHL user would, without validation or duplicate checks. */
    synchronized GhlContact addByHand(String id, UnaryOperator<GhlContact.Builder> fill, Instant now) {
        return save(fill.apply(fresh(id, now)).build());
    }

    synchronized Optional<GhlContact> editByHand(String id, UnaryOperator<GhlContact.Builder> edit, Instant now) {
        GhlContact current = contacts.get(id);
        if (current == null) {
            return Optional.empty();
        }
        GhlContact.Builder edited = edit.apply(current.toBuilder());
        edited.dateUpdated = now;
        return Optional.of(save(edited.build()));
    }

    synchronized boolean remove(String id) {
        GhlContact removed = contacts.remove(id);
        if (removed == null) {
            return false;
        }
        unindex(removed);
        locationOfContact.remove(id);
        sequence.remove(id);
        return true;
    }

    synchronized void clear() {
        contacts.keySet().forEach(locationOfContact::remove);
        contacts.clear();
        sequence.clear();
        idsByEmail.clear();
        idsByPhone.clear();
    }

    private Optional<Duplicate> duplicateOf(JsonNode body, String self) {
        Optional<GhlContact> email = byEmail(ContactBodyRules.text(body, "email"))
                .filter(c -> !c.id().equals(self));
        if (email.isPresent()) {
            return Optional.of(new Duplicate(email.get(), "email"));
        }
        return byPhone(ContactBodyRules.text(body, "phone"))
                .filter(c -> !c.id().equals(self))
                .map(c -> new Duplicate(c, "phone"));
    }

    private GhlContact.Builder fresh(String id, Instant now) {
        GhlContact.Builder contact = new GhlContact.Builder();
        contact.id = id;
        contact.locationId = locationId;
        contact.dateAdded = now;
        contact.dateUpdated = now;
        return contact;
    }

    private GhlContact save(GhlContact contact) {
        sequence.computeIfAbsent(contact.id(), id -> nextSequence++);
        GhlContact previous = contacts.put(contact.id(), contact);
        if (previous != null) {
            unindex(previous);
        }
        index(idsByEmail, contact.emailLowerCase(), contact.id());
        index(idsByPhone, contact.phone(), contact.id());
        locationOfContact.put(contact.id(), locationId);
        return contact;
    }

    private void unindex(GhlContact contact) {
        unindex(idsByEmail, contact.emailLowerCase(), contact.id());
        unindex(idsByPhone, contact.phone(), contact.id());
    }

    private Optional<GhlContact> first(Map<String, Set<String>> index, String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = index.get(key);
        return ids == null || ids.isEmpty() ? Optional.empty() : Optional.of(contacts.get(ids.iterator().next()));
    }

    private void index(Map<String, Set<String>> index, String key, String id) {
        if (key != null && !key.isEmpty()) {
            index.computeIfAbsent(key, k -> new TreeSet<>(Comparator.comparing(sequence::get))).add(id);
        }
    }

    private static void unindex(Map<String, Set<String>> index, String key, String id) {
        if (key != null && index.containsKey(key)) {
            index.get(key).remove(id);
            if (index.get(key).isEmpty()) {
                index.remove(key);
            }
        }
    }
}
