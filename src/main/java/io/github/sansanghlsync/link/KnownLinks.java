package io.github.sansanghlsync.link;

import io.github.sansanghlsync.jdbc.KeyFilter;

import java.util.Collection;
import java.util.Map;

/**
 * One step's view of one entity's links that knows which Sansan ids, e-mails and phones certainly have
 * no link, so that looking up a person the table has never seen (most of a first migration) costs no
 * statement. It is a fixed-size Bloom filter loaded from the table when the step starts, to which every
 * link the step saves through this view is added. Only a migration's step loads it (see
 * {@link io.github.sansanghlsync.job.StepRun#isMigration()}); other views know nothing and always ask the
 * table. That is exact for the length of the step: the run lock keeps other processes out, and the step
 * writes the entity's links only through here. A link rolled back with its chunk stays in the filter, which
 * only costs the look-up the table would have needed anyway.
 */
public class KnownLinks {

    private final LinkTable links;
    private final String definition;
    private final String entity;
    private final KeyFilter keys;

    KnownLinks(LinkTable links, String definition, String entity, KeyFilter keys) {
        this.links = links;
        this.definition = definition;
        this.entity = entity;
        this.keys = keys;
    }

    /** The link of a Sansan id, or null. */
    public Link find(String sourceId) {
        return keys.mayContain(idKey(sourceId)) ? links.find(definition, entity, sourceId) : null;
    }

    /** Which Sansan id already owns each of these e-mails (as its GHL matching identity). */
    public Map<String, String> ownersOfEmails(Collection<String> emails) {
        return links.ownersOfEmails(definition, entity, emails.stream().filter(e -> keys.mayContain(emailKey(e))).toList());
    }

    /** Which Sansan id already owns each of these phones (as its GHL matching identity). */
    public Map<String, String> ownersOfPhones(Collection<String> phones) {
        return links.ownersOfPhones(definition, entity, phones.stream().filter(p -> keys.mayContain(phoneKey(p))).toList());
    }

    /** The Sansan id linked to a GHL id, or null. */
    public String sourceIdOf(String ghlId) {
        return links.sourceIdOf(definition, entity, ghlId);
    }

    /** Adds the link of a Sansan id that has none yet. */
    public void insert(Link link, long executionId) {
        remember(link);
        links.insert(definition, entity, link, executionId);
    }

    /** Inserts or replaces the link of {@code link.sourceId()}. */
    public void save(Link link, long executionId) {
        remember(link);
        links.save(definition, entity, link, executionId);
    }

    void remember(Link link) {
        remember(link.sourceId(), link.identityEmail(), link.identityPhone());
    }

    void remember(String sourceId, String email, String phone) {
        keys.add(idKey(sourceId));
        keys.add(emailKey(email));
        keys.add(phoneKey(phone));
    }

    // one filter for the three kinds of key; a null value is no key (and "may be there" when asked)
    private static String idKey(String sourceId) {
        return sourceId == null ? null : "i:" + sourceId;
    }

    private static String emailKey(String email) {
        return email == null ? null : "e:" + email;
    }

    private static String phoneKey(String phone) {
        return phone == null ? null : "p:" + phone;
    }
}
