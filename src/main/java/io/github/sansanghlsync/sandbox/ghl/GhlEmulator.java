package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.EmulatorServer;
import io.github.sansanghlsync.sandbox.EmulatorStats;
import io.github.sansanghlsync.sandbox.FaultPlan;
import io.github.sansanghlsync.sandbox.Latency;
import io.github.sansanghlsync.sandbox.SeededIds;
import io.github.sansanghlsync.sandbox.ServerSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A local stand-in for the HighLevel (LeadConnector) API v2 contact endpoints the program uses, with
 * GHL's auth, rate-limit headers, 422 whitelist errors and upsert matching.
 */
public final class GhlEmulator implements AutoCloseable {

    private final GhlConfig config;
    private final GhlContacts contacts;
    private final GhlDialect dialect;
    private final SeededIds contactIds;
    private final GhlOAuth oauth;
    private final ContactActivities activities = new ContactActivities();
    private final EmulatorServer server;

    public GhlEmulator(GhlConfig config) {
        this.config = config;
        this.contacts = new GhlContacts(seedCustomFields(config));
        this.oauth = new GhlOAuth(config.clock(), config.locations().get(0), config.seed());
        this.dialect = new GhlDialect(config, contacts, oauth);
        this.contactIds = new SeededIds(config.seed());
        this.server = new EmulatorServer(
                new ServerSettings("ghl-emulator", config.port(), config.threads(), config.seed(), null), dialect);
        server.latency().set(config.latencyMinMs(), config.latencyMaxMs());
        new ContactWriteEndpoints(contacts, contactIds, config.clock()).register(server);
        new ContactReadEndpoints(contacts).register(server);
        new ActivityEndpoints(contacts, activities, new SeededIds(config.seed() * 31 + 5), config.clock()).register(server);
        GhlAdminEndpoints.register(server, this);
        new OAuthEndpoints(oauth, config.locations()).register(server);
    }

    /** The OAuth authority: the registered app, codes, rotating refresh tokens and expiring access tokens. */
    public GhlOAuth oauth() {
        return oauth;
    }

    /** Creates and starts an emulator. */
    public static GhlEmulator start(GhlConfig config) {
        return new GhlEmulator(config).start();
    }

    public GhlEmulator start() {
        server.start();
        return this;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}, the counterpart of {@code https://services.leadconnectorhq.com}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    public GhlConfig config() {
        return config;
    }

    /** The first configured token (the default one with {@link GhlConfig#defaults()}). */
    public String token() {
        return config.tokens().containsKey(GhlConfig.DEFAULT_TOKEN) ? GhlConfig.DEFAULT_TOKEN
                : config.tokens().keySet().iterator().next();
    }

    /** The first location of {@link #token()}. */
    public String locationId() {
        return config.tokens().get(token()).stream().sorted().findFirst().orElseThrow();
    }

    /** The contacts of a location now, in creation order; empty for an unknown location. */
    public List<GhlContact> contacts(String locationId) {
        return contacts.book(locationId).map(ContactBook::all).orElse(List.of());
    }

    public Optional<GhlContact> contact(String contactId) {
        return contacts.bookOfContact(contactId).flatMap(book -> book.get(contactId));
    }

    /** The location's custom fields (seeded from the config, ids 20 alphanumeric characters). */
    public List<GhlCustomField> customFields(String locationId) {
        return contacts.book(locationId).map(ContactBook::customFields).orElse(List.of());
    }

    /** The id of a location's custom field by key, e.g. {@code contact.job_title}. */
    public String customFieldId(String locationId, String fieldKey) {
        return customFields(locationId).stream().filter(f -> f.hasKey(fieldKey)).map(GhlCustomField::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no custom field " + fieldKey));
    }

    /** Adds a contact as a GHL user would in the UI (no validation, no duplicate check); fill sets its fields. */
    public GhlContact addContactByHand(String locationId, UnaryOperator<GhlContact.Builder> fill) {
        ContactBook book = contacts.book(locationId)
                .orElseThrow(() -> new IllegalArgumentException("unknown location " + locationId));
        return book.addByHand(contactIds.alphanumeric(20), fill, config.clock().instant());
    }

    /** Changes a contact as a GHL user would in the UI (no validation, no duplicate check). */
    public GhlContact editContactByHand(String contactId, UnaryOperator<GhlContact.Builder> edit) {
        return contacts.bookOfContact(contactId).flatMap(book -> book.editByHand(contactId, edit, config.clock().instant()))
                .orElseThrow(() -> new IllegalArgumentException("unknown contact " + contactId));
    }

    /** Adds a contact by hand with the usual fields; tags are the user's own. */
    public GhlContact addContactByHand(String locationId, String firstName, String lastName, String email,
                                       String phone, String... tags) {
        return addContactByHand(locationId, contact -> contact.firstName(firstName).lastName(lastName)
                .email(email).phone(phone).tags(List.of(tags)));
    }

    /** A contact's notes now, in creation order. */
    public List<GhlNote> notes(String contactId) {
        return activities.notes(contactId);
    }

    /** A contact's tasks now, in creation order. */
    public List<GhlTask> tasks(String contactId) {
        return activities.tasks(contactId);
    }

    /** Every note of every contact. */
    public List<GhlNote> allNotes() {
        return activities.allNotes();
    }

    /** Every task of every contact. */
    public List<GhlTask> allTasks() {
        return activities.allTasks();
    }

    /** Adds tags to a contact as a GHL user would in the UI; false when there is no such contact. */
    public boolean addTagsByHand(String contactId, String... tags) {
        return contacts.bookOfContact(contactId).flatMap(book -> book.retag(contactId, current -> {
            for (String tag : tags) {
                if (current.stream().noneMatch(tag::equalsIgnoreCase)) {
                    current.add(tag);
                }
            }
            return current;
        }, config.clock().instant())).isPresent();
    }

    /** Removes every contact of every location. */
    public void clearContacts() {
        contacts.books().forEach(ContactBook::clear);
        activities.clear();
    }

    /** Forgets all rate-limit usage (burst and daily). */
    public void resetRateLimits() {
        dialect.limiter().reset();
    }

    public EmulatorStats stats() {
        return server.stats();
    }

    public FaultPlan faults() {
        return server.faults();
    }

    public Latency latency() {
        return server.latency();
    }

    public void setLatency(long minMs, long maxMs) {
        server.latency().set(minMs, maxMs);
    }

    @Override
    public void close() {
        server.close();
    }

    private static Map<String, List<GhlCustomField>> seedCustomFields(GhlConfig config) {
        SeededIds fieldIds = new SeededIds(config.seed() * 31 + 4);
        Map<String, List<GhlCustomField>> fields = new LinkedHashMap<>();
        for (String location : config.locations()) {
            List<GhlCustomField> list = new ArrayList<>();
            config.customFields().forEach(spec -> list.add(new GhlCustomField(fieldIds.alphanumeric(20), spec.name(),
                    spec.fieldKey(), "TEXT", "contact", location)));
            fields.put(location, List.copyOf(list));
        }
        return fields;
    }
}
