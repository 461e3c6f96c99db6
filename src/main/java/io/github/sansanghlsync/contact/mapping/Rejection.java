package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ledger.ErrorCode;

import java.util.Objects;

/**
 * One reason a card cannot be sent to GHL.
 *
 * @param code    the stable code users filter the error report on
 * @param field   the card property at fault (a Sansan field name, or {@code name} / {@code emailOrPhone} for rules
 *                that span two fields)
 * @param message a human sentence that names the field and its bad value, under {@value #MAX_MESSAGE} characters
 */
public record Rejection(ErrorCode code, String field, String message) {

    /** Messages land in a CSV column and a log line; a pasted memo must not blow them up. */
    public static final int MAX_MESSAGE = 200;

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (message.length() >= MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 2) + "…";
        }
    }
}
