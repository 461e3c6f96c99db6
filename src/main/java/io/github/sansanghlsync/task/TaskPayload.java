package io.github.sansanghlsync.task;

import io.github.sansanghlsync.activity.ChildPayload;
import io.github.sansanghlsync.ghl.GhlActivity;
import io.github.sansanghlsync.ghl.GhlClient;
import io.github.sansanghlsync.ghl.TaskRequest;
import reactor.core.publisher.Mono;

/** A GHL task: title, body (ending with the marker), due date and assignee. */
record TaskPayload(TaskRequest request, String marker) implements ChildPayload {

    @Override
    public String body() {
        return request.body();
    }

    @Override
    public Mono<String> create(GhlClient ghl, String contactId) {
        return ghl.createTask(contactId, request, marker);
    }

    @Override
    public Mono<GhlActivity> find(GhlClient ghl, String contactId) {
        return ghl.findTask(contactId, marker);
    }

    @Override
    public Mono<Void> update(GhlClient ghl, String contactId, String ghlId) {
        return ghl.updateTask(contactId, ghlId, request);
    }
}
