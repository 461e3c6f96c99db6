package io.github.sansanghlsync.sandbox.ghl;

import io.github.sansanghlsync.sandbox.HttpProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The notes, tasks and bulk tag endpoints follow GHL's contacts spec: required fields, whitelists, 201s. */
class GhlEmulatorActivitiesTest {

    private GhlEmulator ghl;
    private GhlProbe probe;
    private String contactId;

    @BeforeEach
    void start() {
        ghl = GhlEmulator.start(GhlConfig.defaults().withBurstLimit(10_000, 10_000));
        probe = new GhlProbe(ghl);
        contactId = probe.upsert(probe.body("\"email\":\"a@example.co.jp\",\"tags\":[\"手動\"]"))
                .json().path("contact").path("id").asString();
    }

    @AfterEach
    void stop() {
        ghl.close();
    }

    @Test
    void notesAreCreatedWith201ListedUpdatedAndValidated() {
        HttpProbe.Reply created = probe.send("POST", "/contacts/" + contactId + "/notes", "{\"body\":\"メモ\",\"userId\":\"u1\"}");
        HttpProbe.Reply noBody = probe.send("POST", "/contacts/" + contactId + "/notes", "{\"userId\":\"u1\"}");
        HttpProbe.Reply unknown = probe.send("POST", "/contacts/" + contactId + "/notes", "{\"body\":\"x\",\"contactId\":\"y\"}");
        HttpProbe.Reply noContact = probe.send("POST", "/contacts/nope/notes", "{\"body\":\"x\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("note").path("id").asString();
        assertThat(created.json().path("note").path("contactId").asString()).isEqualTo(contactId);
        assertThat(noBody.status()).isEqualTo(422);
        assertThat(noBody.json().path("message").get(0).asString()).isEqualTo("body should not be empty");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("message").get(0).asString()).isEqualTo("property contactId should not exist");
        assertThat(noContact.status()).isEqualTo(400);

        HttpProbe.Reply updated = probe.send("PUT", "/contacts/" + contactId + "/notes/" + id, "{\"body\":\"新しいメモ\"}");
        assertThat(updated.status()).isEqualTo(200);
        HttpProbe.Reply listed = probe.send("GET", "/contacts/" + contactId + "/notes", null);
        assertThat(listed.json().path("notes")).hasSize(1);
        assertThat(listed.json().path("notes").get(0).path("body").asString()).isEqualTo("新しいメモ");
        assertThat(listed.json().path("notes").get(0).path("userId").asString()).isEqualTo("u1");
        assertThat(ghl.notes(contactId)).hasSize(1);
    }

    @Test
    void tasksNeedTitleDueDateAndCompletedAndCanBeCompleted() {
        HttpProbe.Reply missing = probe.send("POST", "/contacts/" + contactId + "/tasks", "{\"title\":\"t\"}");
        HttpProbe.Reply badDate = probe.send("POST", "/contacts/" + contactId + "/tasks",
                "{\"title\":\"t\",\"dueDate\":\"tomorrow\",\"completed\":false}");
        HttpProbe.Reply created = probe.send("POST", "/contacts/" + contactId + "/tasks",
                "{\"title\":\"Follow up\",\"body\":\"b\",\"dueDate\":\"2026-12-03T00:00:00Z\",\"completed\":false,\"assignedTo\":\"u1\"}");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("message")).hasSize(2);
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("task").path("id").asString();

        HttpProbe.Reply completed = probe.send("PUT", "/contacts/" + contactId + "/tasks/" + id + "/completed", "{\"completed\":true}");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().path("task").path("completed").asBoolean()).isTrue();
        HttpProbe.Reply updated = probe.send("PUT", "/contacts/" + contactId + "/tasks/" + id, "{\"title\":\"Call back\"}");
        assertThat(updated.json().path("task").path("completed").asBoolean()).isTrue();
        assertThat(ghl.tasks(contactId)).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Call back");
            assertThat(task.dueDate()).isEqualTo("2026-12-03T00:00:00Z");
            assertThat(task.assignedTo()).isEqualTo("u1");
        });
    }

    @Test
    void bulkTagsAddToManyContactsKeepOtherTagsAndReportUnknownContacts() {
        String other = probe.upsert(probe.body("\"email\":\"b@example.co.jp\"")).json().path("contact").path("id").asString();
        HttpProbe.Reply bulk = probe.send("POST", "/contacts/bulk/tags/update/add", "{\"contacts\":[\"" + contactId + "\",\""
                + other + "\",\"missing\"],\"tags\":[\"展示会2024\"],\"locationId\":\"" + ghl.locationId() + "\"}");
        HttpProbe.Reply noLocation = probe.send("POST", "/contacts/bulk/tags/update/add",
                "{\"contacts\":[\"" + contactId + "\"],\"tags\":[\"x\"]}");

        assertThat(bulk.status()).isEqualTo(201);
        assertThat(bulk.json().path("errorCount").asInt()).isEqualTo(1);
        assertThat(bulk.json().path("succeded").asBoolean()).isFalse();
        assertThat(noLocation.status()).isEqualTo(422);
        assertThat(ghl.contact(contactId).orElseThrow().tags()).containsExactly("手動", "展示会2024");
        assertThat(ghl.contact(other).orElseThrow().tags()).containsExactly("展示会2024");
    }
}
