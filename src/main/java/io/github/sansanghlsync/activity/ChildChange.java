package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.link.ChildLink;

/**
 * A note or task to create or update on a person's contact.
 *
 * @param sourceId    kind and Sansan id, e.g. {@code memo/<cardId>}; the link-table key and the marker's content
 * @param personId    the Sansan person
 * @param contactId   the person's GHL contact
 * @param contentHash hash of what is sent; equal to the link's hash means nothing to do
 * @param version     comparable trigger time kept in the link (tasks: the day the trigger happened)
 * @param existing    the link row, null when never sent
 * @param summary     a line for the error report
 */
public record ChildChange(String sourceId, String personId, String contactId, String contentHash, String version,
                          ChildLink existing, String summary, ChildPayload payload) {

    /** {@code [sansan:<sourceId>]}: what this program puts at the end of every note and task it writes. */
    public static String marker(String sourceId) {
        return "[sansan:" + sourceId + "]";
    }
}
