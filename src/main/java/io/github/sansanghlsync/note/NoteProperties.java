package io.github.sansanghlsync.note;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What becomes a GHL note ({@code notes.*}, or {@code NOTES_*} in the environment).
 *
 * @param memos            a card's memo becomes a note on the person's contact
 * @param reports          an activity report becomes a note on the contact of each external attendee
 * @param contextTagPrefix a report's note also tags the contact {@code <prefix><meeting|call|email|other>}; empty: no tag
 */
@ConfigurationProperties("notes")
public record NoteProperties(Boolean memos, Boolean reports, String contextTagPrefix) {

    public NoteProperties {
        memos = memos == null || memos;
        reports = reports == null || reports;
        contextTagPrefix = contextTagPrefix == null ? "sansan:" : contextTagPrefix.strip();
    }
}
