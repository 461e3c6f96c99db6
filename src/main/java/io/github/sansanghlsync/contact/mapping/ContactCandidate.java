package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.contact.mapping.IsoTemporal.Kind;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The card values the rules look at, already cleaned, each shaped so that one rule is one constraint whose
 * message is the {@link io.github.sansanghlsync.ledger.ErrorCode} name.
 *
 * <p>The {@link Readable} group runs first: a card whose JSON could not be read is reported only as such, since
 * everything else about it would be noise. Components are declared in rule order, which breaks ties when
 * {@link CandidateValidator} sorts two violations of the same code.
 *
 * @param name         last and first name joined; null when both are blank
 * @param tel          the parsed office phone; null when blank
 * @param mobile       the parsed mobile phone; null when blank
 * @param emailOrPhone what GHL can match the contact on; null when e-mail, tel and mobile are all blank
 * @param address1     street and building joined
 */
@GroupSequence({ContactCandidate.Readable.class, ContactCandidate.class})
record ContactCandidate(
        @Null(groups = Readable.class, message = ContactCandidate.MALFORMED_CARD) String malformed,
        @NotBlank(message = ContactCandidate.MISSING_ID) String id,
        @NotBlank(message = ContactCandidate.MISSING_ID) String personId,
        @NotNull(message = ContactCandidate.NOT_COMPLETED)
        @Pattern(regexp = "completed", message = ContactCandidate.NOT_COMPLETED) String entryStatus,
        @NotNull(message = ContactCandidate.NO_NAME) String name,
        @Email(message = ContactCandidate.INVALID_EMAIL)
        @Pattern(regexp = ContactCandidate.STRICT_EMAIL, message = ContactCandidate.INVALID_EMAIL) String email,
        @ValidPhone(message = ContactCandidate.INVALID_PHONE) PhoneNumbers.Result tel,
        @ValidPhone(message = ContactCandidate.INVALID_PHONE) PhoneNumbers.Result mobile,
        @NotNull(message = ContactCandidate.NO_EMAIL_OR_PHONE) String emailOrPhone,
        @NotNull(message = ContactCandidate.INVALID_DATE)
        @IsoTemporal(value = Kind.OFFSET_DATE_TIME, message = ContactCandidate.INVALID_DATE) String updatedTime,
        @IsoTemporal(value = Kind.LOCAL_DATE, message = ContactCandidate.INVALID_DATE) String exchangeDate,
        @IsoTemporal(value = Kind.OFFSET_DATE_TIME, message = ContactCandidate.INVALID_DATE) String registeredTime,
        @Size(max = 100, message = ContactCandidate.TOO_LONG) String firstName,
        @Size(max = 100, message = ContactCandidate.TOO_LONG) String lastName,
        @Size(max = 255, message = ContactCandidate.TOO_LONG) String companyName,
        @Size(max = 255, message = ContactCandidate.TOO_LONG) String address1,
        @Size(max = 255, message = ContactCandidate.TOO_LONG) String title) {

    // annotation values must be constants, so the ErrorCode names are spelled here; a test checks each one
    static final String MALFORMED_CARD = "SANSAN_MALFORMED_CARD";
    static final String MISSING_ID = "SANSAN_MISSING_ID";
    static final String NOT_COMPLETED = "SANSAN_CARD_NOT_COMPLETED";
    static final String NO_NAME = "SANSAN_NO_NAME";
    static final String INVALID_EMAIL = "SANSAN_INVALID_EMAIL";
    static final String INVALID_PHONE = "SANSAN_INVALID_PHONE";
    static final String NO_EMAIL_OR_PHONE = "SANSAN_NO_EMAIL_OR_PHONE";
    static final String INVALID_DATE = "SANSAN_INVALID_DATE";
    static final String TOO_LONG = "SANSAN_FIELD_TOO_LONG";

    // @Email alone accepts "a@b"; GHL wants one @, a local part and a dotted domain, and no spaces
    static final String STRICT_EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /** The group checked first, alone: is the card readable at all. */
    interface Readable {}
}
