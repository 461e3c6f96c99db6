package io.github.sansanghlsync.ledger;

/**
 * Stable error codes for rejected records: users grep for them, filter the CSV report on them, and
 * find each one in the README's table. Never rename a code; add new ones.
 */
public enum ErrorCode {
    // the Sansan record itself
    SANSAN_MALFORMED_CARD("The card's JSON could not be read (wrong type, broken structure)."),
    SANSAN_MISSING_ID("The card has no card id or no person id."),
    SANSAN_CARD_NOT_COMPLETED("The card is still being digitised (entryStatus processing) or is unreadable."),
    SANSAN_NO_NAME("The card has neither a last name nor a first name."),
    SANSAN_NO_EMAIL_OR_PHONE("The card has no e-mail and no phone; GHL's upsert needs one of them."),
    SANSAN_INVALID_EMAIL("The card's e-mail is not a valid address."),
    SANSAN_INVALID_PHONE("The card's phone or mobile number is not a valid number."),
    SANSAN_INVALID_DATE("The card's exchangeDate, registeredTime or updatedTime is not a valid date."),
    SANSAN_FIELD_TOO_LONG("A field is longer than GHL accepts."),
    // identity policy: never merge two Sansan persons into one GHL contact
    CONTACT_SHARED_EMAIL("Another Sansan person already owns this e-mail in GHL; sending it would merge the two."),
    CONTACT_SHARED_PHONE("The card has no e-mail and its phone belongs to another Sansan person."),
    CONTACT_SHARED_PHONE_OMITTED("Warning: the phone belongs to another Sansan person, so it was not sent (the e-mail identifies this one)."),
    GHL_MATCHED_OTHER_PERSON("GHL answered with a contact that is linked to another Sansan person; the link was not changed."),
    // GHL's answers for one record
    GHL_400_BAD_REQUEST("GHL rejected the record (400)."),
    GHL_422_UNKNOWN_PROPERTY("GHL rejected a property it does not know (422 'should not exist')."),
    GHL_422_INVALID("GHL rejected a property value (422)."),
    GHL_4XX("GHL rejected the record with another 4xx status."),
    // notes, tasks and tags
    CHILD_CONTACT_MISSING("The note, task or tag belongs to a Sansan person who has no GHL contact (every card of the person was rejected).");

    private final String description;

    ErrorCode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Warnings are recorded but the record was delivered. */
    public boolean isWarning() {
        return this == CONTACT_SHARED_PHONE_OMITTED;
    }
}
