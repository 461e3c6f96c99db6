package io.github.sansanghlsync.note;

import io.github.sansanghlsync.activity.ChildPayload;
import io.github.sansanghlsync.ghl.GhlActivity;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.NoteRequest;
import reactor.core.publisher.Mono;

/** A GHL note: body (ending with the marker) and the GHL user it is written as. */
record NotePayload(NoteRequest request, String marker) implements ChildPayload {

    @Override
    public String body() {
        return request.body();
    }

    @Override
    public Mono<String> create(GhlClient ghl, String contactId) {
        return ghl.createNote(contactId, request, marker);
    }

    @Override
    public Mono<GhlActivity> find(GhlClient ghl, String contactId) {
        return ghl.findNote(contactId, marker);
    }

    @Override
    public Mono<Void> update(GhlClient ghl, String contactId, String ghlId) {
        return ghl.updateNote(contactId, ghlId, request);
    }
}
