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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contact's notes and tasks ({@code NotesDTO}, {@code CreateTaskParams}: whitelisted, required fields,
 * 422 on anything else, 201 on create) and the bulk tag endpoint, as in GHL's contacts spec.
 */
final class ActivityEndpoints {

    private static final Set<String> NOTE_FIELDS = Set.of("userId", "body", "title", "color", "pinned");
    private static final Set<String> TASK_FIELDS = Set.of("title", "body", "dueDate", "completed", "assignedTo");
    private static final Set<String> BULK_FIELDS = Set.of("contacts", "tags", "locationId", "removeAllTags");

    private final GhlContacts contacts;
    private final ContactActivities activities;
    private final SeededIds ids;
    private final Clock clock;

    ActivityEndpoints(GhlContacts contacts, ContactActivities activities, SeededIds ids, Clock clock) {
        this.contacts = contacts;
        this.activities = activities;
        this.ids = ids;
        this.clock = clock;
    }

    void register(EmulatorServer server) {
        server.api("GET", "/contacts/{contactId}/notes", request -> list("notes",
                activities.notes(existing(request)).stream().map(ActivityEndpoints::json).toList()));
        server.api("POST", "/contacts/{contactId}/notes", this::createNote);
        server.api("GET", "/contacts/{contactId}/notes/{id}", request -> activities.notes(existing(request)).stream()
                .filter(note -> note.id().equals(request.pathVariable("id"))).findFirst()
                .map(note -> one("note", json(note), 200)).orElseGet(() -> GhlErrors.badRequest("Note not found")));
        server.api("PUT", "/contacts/{contactId}/notes/{id}", this::updateNote);
        server.api("DELETE", "/contacts/{contactId}/notes/{id}", request -> activities.removeNote(existing(request),
                request.pathVariable("id")) ? deleted() : GhlErrors.badRequest("Note not found"));
        server.api("GET", "/contacts/{contactId}/tasks", request -> list("tasks",
                activities.tasks(existing(request)).stream().map(ActivityEndpoints::json).toList()));
        server.api("POST", "/contacts/{contactId}/tasks", this::createTask);
        server.api("GET", "/contacts/{contactId}/tasks/{taskId}", request -> activities.tasks(existing(request)).stream()
                .filter(task -> task.id().equals(request.pathVariable("taskId"))).findFirst()
                .map(task -> one("task", json(task), 200)).orElseGet(() -> GhlErrors.badRequest("Task not found")));
        server.api("PUT", "/contacts/{contactId}/tasks/{taskId}", this::updateTask);
        server.api("PUT", "/contacts/{contactId}/tasks/{taskId}/completed", this::completeTask);
        server.api("DELETE", "/contacts/{contactId}/tasks/{taskId}", request -> activities.removeTask(existing(request),
                request.pathVariable("taskId")) ? deleted() : GhlErrors.badRequest("Task not found"));
        server.api("POST", "/contacts/bulk/tags/update/{type}", this::bulkTags);
    }

    private ApiResponse createNote(ApiRequest request) {
        String contactId = existing(request);
        JsonNode body = checked(request.json(), NOTE_FIELDS, List.of("body"));
        GhlNote note = new GhlNote(ids.alphanumeric(20), contactId, text(body, "body"), text(body, "userId"),
                text(body, "title"), text(body, "color"), body.has("pinned") ? body.get("pinned").asBoolean() : null,
                clock.instant());
        return one("note", json(activities.saveNote(note)), 201);
    }

    private ApiResponse updateNote(ApiRequest request) {
        String contactId = existing(request);
        JsonNode body = checked(request.json(), NOTE_FIELDS, List.of());
        return activities.updateNote(contactId, request.pathVariable("id"), note -> new GhlNote(note.id(), contactId,
                        or(body, "body", note.body()), or(body, "userId", note.userId()), or(body, "title", note.title()),
                        or(body, "color", note.color()), body.has("pinned") ? Boolean.valueOf(body.get("pinned").asBoolean()) : note.pinned(),
                        note.dateAdded()))
                .map(note -> one("note", json(note), 200)).orElseGet(() -> GhlErrors.badRequest("Note not found"));
    }

    private ApiResponse createTask(ApiRequest request) {
        String contactId = existing(request);
        JsonNode body = checked(request.json(), TASK_FIELDS, List.of("title", "dueDate", "completed"));
        GhlTask task = new GhlTask(ids.alphanumeric(20), contactId, text(body, "title"), text(body, "body"),
                text(body, "assignedTo"), text(body, "dueDate"), body.get("completed").asBoolean());
        return one("task", json(activities.saveTask(task)), 201);
    }

    private ApiResponse updateTask(ApiRequest request) {
        String contactId = existing(request);
        JsonNode body = checked(request.json(), TASK_FIELDS, List.of());
        return activities.updateTask(contactId, request.pathVariable("taskId"), task -> new GhlTask(task.id(), contactId,
                        or(body, "title", task.title()), or(body, "body", task.body()), or(body, "assignedTo", task.assignedTo()),
                        or(body, "dueDate", task.dueDate()),
                        body.has("completed") ? body.get("completed").asBoolean() : task.completed()))
                .map(task -> one("task", json(task), 200)).orElseGet(() -> GhlErrors.badRequest("Task not found"));
    }

    private ApiResponse completeTask(ApiRequest request) {
        String contactId = existing(request);
        JsonNode body = checked(request.json(), Set.of("completed"), List.of("completed"));
        boolean completed = body.get("completed").asBoolean();
        return activities.updateTask(contactId, request.pathVariable("taskId"), task -> new GhlTask(task.id(), contactId,
                        task.title(), task.body(), task.assignedTo(), task.dueDate(), completed))
                .map(task -> one("task", json(task), 200)).orElseGet(() -> GhlErrors.badRequest("Task not found"));
    }

    /** {@code add} or {@code remove} tags on many contacts; per-contact problems are reported, not thrown. */
    private ApiResponse bulkTags(ApiRequest request) {
        String type = request.pathVariable("type");
        if (!type.equals("add") && !type.equals("remove")) {
            throw GhlErrors.rejectUnprocessable(List.of("type must be one of the following values: add, remove"));
        }
        JsonNode body = checked(request.json(), BULK_FIELDS, List.of("contacts", "tags", "locationId"));
        List<String> problems = new ArrayList<>();
        if (!body.get("contacts").isArray()) {
            problems.add("contacts must be an array");
        }
        ContactBodyRules.checkTags(body.get("tags"), "tags", problems);
        if (!problems.isEmpty()) {
            throw GhlErrors.rejectUnprocessable(problems);
        }
        List<String> given = ContactPatch.tags(body.get("tags"));
        String locationId = text(body, "locationId");
        boolean removeAll = type.equals("remove") && body.path("removeAllTags").asBoolean(false);
        ObjectNode response = SandboxJson.object();
        ArrayNode responses = SandboxJson.array();
        int errors = 0;
        for (JsonNode idNode : body.get("contacts")) {
            String id = idNode.asString();
            ObjectNode result = responses.addObject();
            result.put("contactId", id);
            ContactBook book = contacts.bookOfContact(id).orElse(null);
            if (book == null || !book.locationId().equals(locationId)) {
                errors++;
                result.put("message", book == null ? "contact id is not a valid firebase id" : "contact does not belong to location");
                result.put("type", "error");
                continue;
            }
            List<String> old = book.get(id).map(GhlContact::tags).orElse(List.of());
            book.retag(id, tags -> {
                if (removeAll) {
                    tags.clear();
                } else if (type.equals("add")) {
                    given.stream().filter(tag -> tags.stream().noneMatch(tag::equalsIgnoreCase)).forEach(tags::add);
                } else {
                    tags.removeIf(tag -> given.stream().anyMatch(tag::equalsIgnoreCase));
                }
                return tags;
            }, clock.instant());
            result.put("message", "Tags updated");
            result.put("type", "success");
            old.forEach(result.putArray("oldTags")::add);
        }
        response.put("succeded", errors == 0);
        response.put("errorCount", errors);
        response.set("responses", responses);
        return ApiResponse.of(201, response);
    }

    /** The path's contact id when the contact exists; GHL answers 400 otherwise. */
    private String existing(ApiRequest request) {
        String id = request.pathVariable("contactId");
        if (contacts.bookOfContact(id).flatMap(book -> book.get(id)).isEmpty()) {
            throw new RequestRejected(GhlErrors.contactNotFound(id));
        }
        return id;
    }

    /** Whitelist, required properties and types, all problems in one 422 like NestJS's ValidationPipe. */
    private static JsonNode checked(JsonNode body, Set<String> allowed, List<String> required) {
        List<String> problems = new ArrayList<>();
        if (!body.isObject()) {
            throw GhlErrors.rejectUnprocessable(List.of("body must be an object"));
        }
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (!allowed.contains(property.getKey())) {
                problems.add("property " + property.getKey() + " should not exist");
            }
        }
        for (String name : required) {
            if (!body.has(name) || body.get(name).isNull()) {
                problems.add(name + " should not be empty");
            }
        }
        for (String name : List.of("body", "userId", "title", "color", "assignedTo", "locationId")) {
            if (allowed.contains(name) && body.has(name) && !body.get(name).isNull() && !body.get(name).isString()) {
                problems.add(name + " must be a string");
            }
        }
        for (String name : List.of("completed", "pinned", "removeAllTags")) {
            if (allowed.contains(name) && body.has(name) && !body.get(name).isBoolean()) {
                problems.add(name + " must be a boolean value");
            }
        }
        if (allowed.contains("dueDate") && body.has("dueDate")) {
            try {
                OffsetDateTime.parse(body.get("dueDate").asString());
            } catch (DateTimeParseException e) {
                problems.add("dueDate must be a valid ISO 8601 date string");
            }
        }
        if (!problems.isEmpty()) {
            throw GhlErrors.rejectUnprocessable(problems);
        }
        return body;
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String or(JsonNode body, String name, String fallback) {
        return body.has(name) ? text(body, name) : fallback;
    }

    static ObjectNode json(GhlNote note) {
        ObjectNode node = SandboxJson.object();
        node.put("id", note.id());
        node.put("body", note.body());
        node.put("userId", note.userId());
        node.put("dateAdded", GhlContactJson.time(note.dateAdded()));
        node.put("contactId", note.contactId());
        if (note.title() != null) {
            node.put("title", note.title());
        }
        if (note.color() != null) {
            node.put("color", note.color());
        }
        if (note.pinned() != null) {
            node.put("pinned", note.pinned());
        }
        return node;
    }

    static ObjectNode json(GhlTask task) {
        ObjectNode node = SandboxJson.object();
        node.put("id", task.id());
        node.put("title", task.title());
        node.put("body", task.body());
        node.put("assignedTo", task.assignedTo());
        node.put("dueDate", task.dueDate());
        node.put("completed", task.completed());
        node.put("contactId", task.contactId());
        return node;
    }

    private static ApiResponse list(String name, List<ObjectNode> items) {
        ObjectNode body = SandboxJson.object();
        ArrayNode array = body.putArray(name);
        items.forEach(array::add);
        return ApiResponse.ok(body);
    }

    private static ApiResponse one(String name, ObjectNode item, int status) {
        return ApiResponse.of(status, SandboxJson.object().set(name, item));
    }

    private static ApiResponse deleted() {
        return ApiResponse.ok(SandboxJson.object().put("succeded", true));
    }
}
