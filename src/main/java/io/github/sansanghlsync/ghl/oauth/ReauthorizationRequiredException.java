package io.github.sansanghlsync.ghl.oauth;

/** The stored GHL authorization is gone (revoked, unknown or never given): the user must run {@code auth ghl} again. */
public class ReauthorizationRequiredException extends RuntimeException {

    public ReauthorizationRequiredException(String locationId, String reason) {
        super("GHL authorization of location " + locationId + " is no longer valid (" + reason + "). "
                + "Run 'sansan-ghl-sync auth ghl' again to reconnect it; the run stopped and resumes where it was.");
    }
}
