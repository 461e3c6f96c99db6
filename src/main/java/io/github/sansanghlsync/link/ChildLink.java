package io.github.sansanghlsync.link;

/**
 * A link-table row of a contact's child (a note, task or tag this program wrote).
 *
 * @param sourceId    what it came from, with its kind, e.g. {@code memo/<cardId>}, {@code followup/<cardId>}
 * @param parentId    the Sansan person whose contact it hangs on
 * @param ghlId       the GHL note or task id (for tags: the contact id); null while only the intent is recorded
 * @param contentHash hash of what was last sent (for tags: the GHL tag)
 * @param version     a comparable version, e.g. the date the task's trigger happened
 * @param state       {@link #INTENT}, {@link #DONE} or {@link #COMPLETED}
 */
public record ChildLink(String sourceId, String parentId, String ghlId, String contentHash, String version, String state) {

    /** The create is about to be (or was) sent, its answer not yet recorded: look for it before creating again. */
    public static final String INTENT = "INTENT";
    public static final String DONE = "DONE";
    /** A task this program marked completed. */
    public static final String COMPLETED = "COMPLETED";

    public boolean isIntent() {
        return INTENT.equals(state);
    }

    public ChildLink withState(String newState) {
        return new ChildLink(sourceId, parentId, ghlId, contentHash, version, newState);
    }
}
