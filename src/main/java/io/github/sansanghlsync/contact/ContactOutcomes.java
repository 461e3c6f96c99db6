package io.github.sansanghlsync.contact;

import io.github.sansanghlsync.ghl.UpsertContactRequest;
import io.github.sansanghlsync.ghl.UpsertResult;

/** Hears what the contact writer did with each card it delivered (the dry run's plan listens; a real run does not). */
public interface ContactOutcomes {

    ContactOutcomes NONE = new ContactOutcomes() {
    };

    /** The card's contact was sent ({@code request}, as sent) and GHL created or updated {@code result.contactId()}. */
    default void written(ContactChange change, UpsertContactRequest request, UpsertResult result) {
    }

    /** The card's mapped content equals what was last sent: nothing was sent. */
    default void unchanged(ContactChange change) {
    }
}
