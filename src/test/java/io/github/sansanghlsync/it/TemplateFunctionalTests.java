package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunSummary;
import io.github.sansanghlsync.sandbox.ghl.GhlContact;
import io.github.sansanghlsync.sandbox.ghl.GhlEmulator;
import io.github.sansanghlsync.sandbox.sansan.SansanOwner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped templates in jobs/ run as they are against the emulators (only the sandbox's URLs,
 * credentials and location replace the placeholders), and an edited template changes exactly what
 * the edit says.
 */
class TemplateFunctionalTests {

    @TempDir
    Path dir;

    private RunSummary migrateWith(SyncFixture fixture, Path template) throws Exception {
        return fixture.withDefinition(template).migrate();
    }

    @Test
    void contactsOnlyWritesContactsAndNothingElse() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 60)) {
            RunSummary summary = migrateWith(fixture, Path.of("jobs/contacts-only.yml"));

            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(fixture.ghlContacts()).isNotEmpty();
            GhlEmulator ghl = fixture.sandbox.ghl();
            assertThat(ghl.allNotes()).isEmpty();
            assertThat(ghl.allTasks()).isEmpty();
            assertThat(fixture.ghlContacts()).allMatch(contact -> contact.tags().isEmpty());
        }
    }

    @Test
    void contactsNotesTasksWritesNotesAndTasksButNoTags() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 60)) {
            RunSummary summary = migrateWith(fixture, Path.of("jobs/contacts-notes-tasks.yml"));

            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(fixture.sandbox.ghl().allNotes()).isNotEmpty();
            assertThat(fixture.sandbox.ghl().allTasks()).isNotEmpty();
            // only the context tags of report notes, no Sansan tags
            assertThat(fixture.ghlContacts()).allMatch(contact -> contact.tags().stream().allMatch(t -> t.startsWith("sansan:")));
        }
    }

    @Test
    void everythingWritesContactsNotesTasksAndTags() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 60)) {
            RunSummary summary = migrateWith(fixture, Path.of("jobs/everything.yml"));

            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(fixture.sandbox.ghl().allNotes()).isNotEmpty();
            assertThat(fixture.sandbox.ghl().allTasks()).isNotEmpty();
            assertThat(fixture.ghlContacts()).anyMatch(contact -> contact.tags().stream().anyMatch(t -> !t.startsWith("sansan:")));
        }
    }

    @Test
    void anEditedTemplateChangesExactlyWhatTheEditSays() throws Exception {
        try (SyncFixture fixture = SyncFixture.start(dir, 60)) {
            // given: everything.yml with the title in the department field, no department, a tag prefix and an owner map
            List<SansanOwner> owners = fixture.sandbox.sansan().seed().owners();
            String ownerMap = owners.stream().map(o -> "\"[" + o.id() + "]\": ghl-" + o.id())
                    .collect(Collectors.joining("\n    "));
            String edited = Files.readString(Path.of("jobs/everything.yml"))
                    .replace("job-title-field: contact.job_title", "job-title-field: contact.department")
                    .replace("department-field: contact.department", "department-field: none")
                    .replace("prefix: \"\"", "prefix: \"sansan/\"")
                    .replace("\"[sales.lead@example.co.jp]\": YOUR_GHL_USER_ID", ownerMap)
                    // and one of the commented field rules switched on
                    .replace("    # - to: source\n    #   constant: Sansan business card",
                            "    - to: source\n      constant: Sansan business card");
            Path definition = dir.resolve("acme.yml");
            Files.writeString(definition, edited);

            // when
            RunSummary summary = migrateWith(fixture, definition);

            // then: titles sit in the department field, and nothing else does
            assertThat(summary.status()).isEqualTo("COMPLETED");
            GhlEmulator ghl = fixture.sandbox.ghl();
            String department = ghl.customFieldId(ghl.locationId(), "contact.department");
            String jobTitle = ghl.customFieldId(ghl.locationId(), "contact.job_title");
            Map<String, List<GhlContact>> byPerson = GhlState.contactsByPerson(ghl);
            SeedExpectation expected = SeedExpectation.of(fixture.sandbox.sansan().seed(), fixture.sandbox.sansan().cards());
            expected.contactCardByPerson().forEach((person, card) -> {
                GhlContact contact = byPerson.get(person).get(0);
                assertThat(contact.customFieldValue(department)).isEqualTo(card.title());
                assertThat(contact.customFieldValue(jobTitle)).isNull();
                assertThat(contact.source()).isEqualTo("Sansan business card");
            });
            // every Sansan tag carries the prefix (context tags of notes keep their own)
            Set<String> tags = fixture.ghlContacts().stream().flatMap(c -> c.tags().stream()).collect(Collectors.toSet());
            assertThat(tags).isNotEmpty().allMatch(tag -> tag.startsWith("sansan/") || tag.startsWith("sansan:"));
            assertThat(tags).anyMatch(tag -> tag.startsWith("sansan/"));
            // every task is assigned to the GHL user of a card owner (the map covers them all)
            Set<String> mappedUsers = owners.stream().map(o -> "ghl-" + o.id()).collect(Collectors.toSet());
            assertThat(ghl.allTasks()).isNotEmpty().allMatch(task -> mappedUsers.contains(task.assignedTo()));
        }
    }
}
