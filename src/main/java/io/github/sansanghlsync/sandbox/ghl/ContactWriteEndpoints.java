package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.ApiRequest;
import io.github.sansanghlsync.sandbox.ApiResponse;
import io.github.sansanghlsync.sandbox.EmulatorServer;
import io.github.sansanghlsync.sandbox.RequestRejected;
import io.github.sansanghlsync.sandbox.SandboxJson;
import io.github.sansanghlsync.sandbox.SeededIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The contact writes: upsert, create, update, delete, and the additive tag endpoints. */
final class ContactWriteEndpoints {

    private final GhlContacts contacts;
    private final SeededIds contactIds;
    private final Clock clock;

    ContactWriteEndpoints(GhlContacts contacts, SeededIds contactIds, Clock clock) {
        this.contacts = contacts;
        this.contactIds = contactIds;
        this.clock = clock;
    }

    void register(EmulatorServer server) {
        server.api("POST", "/contacts/upsert", this::upsert);
        server.api("POST", "/contacts/", this::create);
        server.api("PUT", "/contacts/{contactId}", this::update);
        server.api("DELETE", "/contacts/{contactId}", this::delete);
        server.api("POST", "/contacts/{contactId}/tags", request -> retag(request, true));
        server.api("DELETE", "/contacts/{contactId}/tags", request -> retag(request, false));
    }

    private ApiResponse upsert(ApiRequest request) {
        JsonNode body = request.json();
        ContactBook book = checkedBook(body, ContactDto.UPSERT);
        ContactBook.Upsert upsert = book.upsert(body, this::newId, clock.instant());
        ObjectNode response = SandboxJson.object();
        response.put("new", upsert.created());
        response.set("contact", GhlContactJson.write(upsert.contact()));
        return ApiResponse.ok(response);
    }

    private ApiResponse create(ApiRequest request) {
        JsonNode body = request.json();
        ContactBook book = checkedBook(body, ContactDto.CREATE);
        ContactBook.Write write = book.create(body, this::newId, clock.instant());
        if (write.duplicated()) {
            return GhlErrors.duplicate(write.duplicate());
        }
        return ApiResponse.of(201, SandboxJson.object().set("contact", GhlContactJson.write(write.contact())));
    }

    private ApiResponse update(ApiRequest request) {
        String id = request.pathVariable("contactId");
        ContactBook book = contacts.bookOfContact(id).orElseThrow(() -> notFound(id));
        JsonNode body = request.json();
        List<String> problems = ContactBodyRules.check(body, ContactDto.UPDATE, book.customFields());
        if (!problems.isEmpty()) {
            throw GhlErrors.rejectUnprocessable(problems);
        }
        ContactBook.Write write = book.update(id, body, clock.instant()).orElseThrow(() -> notFound(id));
        if (write.duplicated()) {
            return GhlErrors.duplicate(write.duplicate());
        }
        ObjectNode response = SandboxJson.object();
        response.put("succeded", true);
        response.set("contact", GhlContactJson.write(write.contact()));
        return ApiResponse.ok(response);
    }

    private ApiResponse delete(ApiRequest request) {
        String id = request.pathVariable("contactId");
        boolean removed = contacts.bookOfContact(id).map(book -> book.remove(id)).orElse(false);
        if (!removed) {
            return GhlErrors.contactNotFound(id);
        }
        return ApiResponse.ok(SandboxJson.object().put("succeded", true));
    }

    /** Adds (no duplicates, case-insensitive) or removes tags, keeping the others: the safe way to tag. */
    private ApiResponse retag(ApiRequest request, boolean add) {
        String id = request.pathVariable("contactId");
        JsonNode body = request.json();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (!property.getKey().equals("tags")) {
                problems.add("property " + property.getKey() + " should not exist");
            }
        }
        if (!body.path("tags").isArray()) {
            problems.add("tags must be an array");
        } else {
            ContactBodyRules.checkTags(body.path("tags"), "tags", problems);
        }
        if (!problems.isEmpty()) {
            throw GhlErrors.rejectUnprocessable(problems);
        }
        List<String> given = ContactPatch.tags(body.path("tags"));
        ContactBook book = contacts.bookOfContact(id).orElseThrow(() -> notFound(id));
        GhlContact contact = book.retag(id, tags -> {
            if (add) {
                given.stream().filter(tag -> tags.stream().noneMatch(tag::equalsIgnoreCase)).forEach(tags::add);
            } else {
                tags.removeIf(tag -> given.stream().anyMatch(tag::equalsIgnoreCase));
            }
            return tags;
        }, clock.instant()).orElseThrow(() -> notFound(id));
        ObjectNode response = SandboxJson.object();
        ArrayNode tags = response.putArray("tags");
        contact.tags().forEach(tags::add);
        return ApiResponse.of(add ? 201 : 200, response);
    }

    /** Validates a create/upsert body against the DTO and the location's custom fields. */
    private ContactBook checkedBook(JsonNode body, ContactDto dto) {
        String locationId = body.isObject() ? ContactBodyRules.text(body, "locationId") : null;
        ContactBook book = contacts.book(locationId).orElse(null);
        List<String> problems = ContactBodyRules.check(body, dto,
                book == null ? List.of() : book.customFields());
        if (!problems.isEmpty()) {
            throw GhlErrors.rejectUnprocessable(problems);
        }
        if (book == null) {
            // the front door lets only owned locations through, and every owned location has a book
            throw new RequestRejected(GhlErrors.forbidden());
        }
        return book;
    }

    private String newId() {
        return contactIds.alphanumeric(20);
    }

    private static RequestRejected notFound(String id) {
        return new RequestRejected(GhlErrors.contactNotFound(id));
    }
}
