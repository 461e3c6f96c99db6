package io.github.sansanghlsync.contact.mapping;

import io.github.sansanghlsync.ghl.UpsertContactRequest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A card mapped to GHL's upsert body, before the caller adds the location and resolves custom field keys to ids.
 *
 * @param request            the upsert body, with {@code locationId} and {@code customFields} still null
 * @param customFieldsByKey  custom field values by GHL field key (e.g. {@code contact.job_title}), in the settings'
 *                           order, blank values left out
 * @param identityEmail      the e-mail lower-cased, as GHL matches it; null when the card has none
 * @param identityPhone      the E.164 number sent as {@code phone}; null when the card has none
 */
public record MappedContact(
        UpsertContactRequest request,
        Map<String, String> customFieldsByKey,
        String identityEmail,
        String identityPhone) {

    public MappedContact {
        Objects.requireNonNull(request, "request");
        // a stable order keeps the request body, and so its content hash, the same from run to run
        customFieldsByKey = Collections.unmodifiableMap(new LinkedHashMap<>(customFieldsByKey));
    }
}
