package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ledger.ErrorCode;

import java.util.Map;

/** The human sentence of each rejection: which field, which value, what was expected. */
final class RejectionMessages {

    // long enough to recognise the value, short enough to keep the whole message under Rejection.MAX_MESSAGE
    private static final int SHOWN_CHARS = 60;

    private RejectionMessages() {}

    /**
     * @param value      the rejected value as the candidate holds it
     * @param attributes the failed constraint's attributes (@Size's {@code max}, @IsoTemporal's {@code value})
     */
    static String describe(ErrorCode code, String field, Object value, Map<String, Object> attributes) {
        return switch (code) {
            case SANSAN_MALFORMED_CARD -> "the card's JSON could not be read: " + value;
            case SANSAN_MISSING_ID -> field + " is blank";
            case SANSAN_CARD_NOT_COMPLETED -> "entryStatus is " + shown(value) + ", not 'completed': the card is not digitised yet";
            case SANSAN_NO_NAME -> "lastName and firstName are both blank";
            case SANSAN_INVALID_EMAIL -> "email " + shown(value) + " is not a valid e-mail address";
            case SANSAN_INVALID_PHONE -> value instanceof PhoneNumbers.Invalid invalid
                    ? field + " " + shown(invalid.input()) + " is not a valid phone number (" + invalid.reason() + ")"
                    : field + " is not a valid phone number";
            case SANSAN_NO_EMAIL_OR_PHONE -> "email, tel and mobile are all blank; GHL needs an e-mail or a phone to match on";
            case SANSAN_INVALID_DATE -> value == null
                    ? field + " is missing"
                    : field + " " + shown(value) + " is not " + expected(attributes.get("value"));
            case SANSAN_FIELD_TOO_LONG -> field + " " + shown(value) + " has " + String.valueOf(value).length()
                    + " characters; GHL accepts at most " + attributes.get("max");
            default -> code.description();
        };
    }

    private static String expected(Object kind) {
        return kind instanceof IsoTemporal.Kind k ? k.expected() : "a valid date";
    }

    /** The value quoted on one line, cut to {@value #SHOWN_CHARS} characters; {@code missing} for null. */
    static String shown(Object value) {
        if (value == null) {
            return "missing";
        }
        String text = value.toString().replaceAll("[\\r\\n\\t]+", " ");
        return "'" + (text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text) + "'";
    }
}
