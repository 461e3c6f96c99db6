package io.github.sansanghlsync.ghl;

import java.util.Map;

/**
 * A contact as GHL holds it now: its id and the fields an upsert writes, by the upsert's property names;
 * custom fields as {@code customField.<id>}.
 */
public record GhlContact(String id, Map<String, String> fields) {
}
