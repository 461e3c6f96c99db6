package io.github.sansanghlsync.ghl;

/** GHL's answer to an upsert: whether it created the contact, the contact's id, and the request's trace id. */
public record UpsertResult(boolean created, String contactId, String traceId) {
}
