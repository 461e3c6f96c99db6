package io.github.sansanghlsync.ghl;

import java.util.Map;

/** What {@code POST /contacts/bulk/tags/update/{type}} did: the contacts it could not change, with GHL's message. */
public record BulkTagResult(Map<String, String> errorsByContact) {
}
