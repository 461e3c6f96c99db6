package io.github.sansanghlsync.sansan;

/** A page of cards that is not the JSON Sansan documents; the step fails and a re-run reads the page again. */
public class SansanPageUnreadableException extends RuntimeException {

    public SansanPageUnreadableException(String reason) {
        super("Sansan returned an unreadable page of cards: " + reason);
    }
}
