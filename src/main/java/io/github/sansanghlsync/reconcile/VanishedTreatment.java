package io.github.sansanghlsync.reconcile;

/** What {@code reconcile} does to the GHL contact of a Sansan person that vanished. */
public enum VanishedTreatment {
    /** Add the configured tag (GHL users decide what to do); the default. */
    TAG,
    /** Delete the contact in GHL; only when the sync definition says so. */
    DELETE,
    /** Only mark the link; GHL is not touched. */
    LEAVE
}
