package io.github.sansanghlsync.activity;

import io.github.sansanghlsync.ghl.GhlActivity;
import io.github.sansanghlsync.ghl.GhlClient;
import reactor.core.publisher.Mono;

/** What one note or task sends to GHL: create it (once), find it by its marker, update it. */
public interface ChildPayload {

    /** The text GHL stores (note body, task body); it ends with the marker. */
    String body();

    Mono<String> create(GhlClient ghl, String contactId);

    Mono<GhlActivity> find(GhlClient ghl, String contactId);

    Mono<Void> update(GhlClient ghl, String contactId, String ghlId);
}
