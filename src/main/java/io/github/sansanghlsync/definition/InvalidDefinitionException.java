package io.github.sansanghlsync.definition;

/** A sync definition that cannot be used; the message names the file, the line and the key. */
public class InvalidDefinitionException extends RuntimeException {

    public InvalidDefinitionException(String message) {
        super(message);
    }
}
