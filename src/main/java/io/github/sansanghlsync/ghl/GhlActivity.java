package io.github.sansanghlsync.ghl;

/** A note or task GHL holds on a contact, as far as this program needs it: its id and body. */
public record GhlActivity(String id, String body) {

    public boolean carries(String marker) {
        return body != null && body.contains(marker);
    }
}
