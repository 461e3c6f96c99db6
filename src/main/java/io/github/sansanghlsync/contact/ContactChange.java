package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.link.Link;
import io.github.sansanghlsync.sansan.BizCard;

/**
 * A valid card on its way to GHL: the upsert it becomes, its content hash, and what the link table
 * knew of the person before ({@code existing}, null for a new person).
 */
public record ContactChange(BizCard card, String rank, UpsertContactRequest request, String contentHash,
                            String identityEmail, String identityPhone, String summary, Link existing) {

    public String personId() {
        return card.personId();
    }

    /** The same content already reached GHL: nothing to send. */
    public boolean unchanged() {
        return existing != null && existing.ghlId() != null && contentHash.equals(existing.contentHash());
    }
}
