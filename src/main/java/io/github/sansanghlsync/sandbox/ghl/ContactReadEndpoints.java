package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.ApiRequest;
import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.EmulatorServer;
import io.github.sansanghlsync.sandbox.SandboxJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** The contact reads: by id, duplicate lookup, search, and the location's custom fields. */
final class ContactReadEndpoints {

    private final GhlContacts contacts;

    ContactReadEndpoints(GhlContacts contacts) {
        this.contacts = contacts;
    }

    void register(EmulatorServer server) {
        server.api("GET", "/contacts/{contactId}", this::get);
        server.api("GET", "/contacts/search/duplicate", this::duplicate);
        server.api("POST", "/contacts/search", request -> ContactSearch.run(request.json(), contacts));
        server.api("GET", "/locations/{locationId}/customFields", this::customFields);
    }

    private ApiResponse get(ApiRequest request) {
        String id = request.pathVariable("contactId");
        return contacts.bookOfContact(id)
                .flatMap(book -> book.get(id))
                .map(contact -> ApiResponse.ok(SandboxJson.object().set("contact", GhlContactJson.write(contact))))
                .orElseGet(() -> GhlErrors.contactNotFound(id));
    }

    /** E-mail first, then number, like the location's dedupe order; {@code {contact: null}} when none. */
    private ApiResponse duplicate(ApiRequest request) {
        String locationId = request.query("locationId");
        if (locationId == null || locationId.isEmpty()) {
            return GhlErrors.unprocessable(List.of("locationId must be a string"));
        }
        Optional<GhlContact> match = contacts.book(locationId).flatMap(book -> book.byEmail(request.query("email"))
                .or(() -> book.byPhone(request.query("number"))));
        ObjectNode body = SandboxJson.object();
        if (match.isPresent()) {
            body.set("contact", GhlContactJson.write(match.get()));
        } else {
            body.putNull("contact");
        }
        return ApiResponse.ok(body);
    }

    private ApiResponse customFields(ApiRequest request) {
        String model = request.query("model");
        ObjectNode body = SandboxJson.object();
        ArrayNode list = body.putArray("customFields");
        contacts.book(request.pathVariable("locationId")).map(ContactBook::customFields).orElse(List.of()).stream()
                .filter(field -> model == null || model.equals("all") || model.equals(field.model()))
                .forEach(field -> list.add(SandboxJson.tree(field)));
        return ApiResponse.ok(body);
    }
}
