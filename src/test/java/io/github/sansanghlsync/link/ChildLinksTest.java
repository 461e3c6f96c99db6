package io.github.sansanghlsync.link;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration step's child links answer look-ups of ids and parents they have never seen without asking the
 * table; the test proves it by adding rows behind the instance's back, which it then does not find, while an
 * unfiltered instance (nightly sync, retry) does. What is written through the instance it always finds. An
 * intent (SYNC_INTENT) reads as a row in state INTENT until the created record's row is saved.
 */
class ChildLinksTest {

    private static final String DEFINITION = "default";
    private static final String NOTE = "note";

    private JdbcTemplate jdbc;
    private DataSourceTransactionManager transactions;

    @BeforeEach
    void database() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", "");
        new ResourceDatabasePopulator(new ClassPathResource("sql/schema-hsqldb.sql")).execute(database);
        jdbc = new JdbcTemplate(database);
        transactions = new DataSourceTransactionManager(database);
        steps(false).save(DEFINITION, NOTE, note("memo/1", "person-1", "ghl-note-1"), 1);
    }

    @Test
    void aFilteredStepFindsWhatTheTableHeldAtItsFirstUseAndWhatItWrote() {
        ChildLinks links = steps(true);

        assertThat(links.find(DEFINITION, NOTE, "memo/1").ghlId()).isEqualTo("ghl-note-1");
        links.recordIntents(DEFINITION, NOTE, List.of(note("memo/2", "person-2", null).withState(ChildLink.INTENT)), 2);
        assertThat(links.find(DEFINITION, NOTE, "memo/2").isIntent()).isTrue();
        assertThat(links.count(DEFINITION, NOTE, ChildLink.INTENT)).isEqualTo(1);
        links.saveCreated(DEFINITION, NOTE, note("memo/2", "person-2", "ghl-note-2"), 2);

        assertThat(links.find(DEFINITION, NOTE, "memo/2").ghlId()).as("the saved row").isEqualTo("ghl-note-2");
        assertThat(links.find(DEFINITION, NOTE, "memo/2").isIntent()).isFalse();
        assertThat(links.count(DEFINITION, NOTE, ChildLink.INTENT)).as("saving deleted the intent").isZero();
        assertThat(links.ofParent(DEFINITION, NOTE, "person-2")).extracting(ChildLink::sourceId).containsExactly("memo/2");
        assertThat(links.ofParent(DEFINITION, NOTE, "person-1")).extracting(ChildLink::sourceId).containsExactly("memo/1");
        assertThat(links.count(DEFINITION, NOTE, null)).isEqualTo(2);
    }

    @Test
    void aFilteredStepAnswersKeysItHasNeverSeenWithoutAStatement() {
        ChildLinks links = steps(true);
        assertThat(links.find(DEFINITION, NOTE, "memo/1")).isNotNull();
        // behind the step's back, after its first use (no program path does this: the run lock keeps others out)
        steps(false).save(DEFINITION, NOTE, note("memo/3", "person-3", "ghl-note-3"), 2);

        assertThat(links.find(DEFINITION, NOTE, "memo/3")).as("answered by the filter").isNull();
        assertThat(links.ofParent(DEFINITION, NOTE, "person-3")).isEmpty();
        assertThat(steps(false).find(DEFINITION, NOTE, "memo/3")).as("an unfiltered step asks the table").isNotNull();
        assertThat(steps(false).ofParent(DEFINITION, NOTE, "person-3")).hasSize(1);
        assertThat(steps(true).find(DEFINITION, NOTE, "memo/3")).as("the next step loads it").isNotNull();
    }

    @Test
    void savingARowTwiceKeepsOneRowWithTheLastValues() {
        ChildLinks links = steps(true);

        links.save(DEFINITION, NOTE, note("memo/4", "person-4", "ghl-a"), 2);
        links.save(DEFINITION, NOTE, note("memo/4", "person-5", "ghl-b"), 3);

        assertThat(links.count(DEFINITION, NOTE, null)).isEqualTo(2);
        assertThat(links.find(DEFINITION, NOTE, "memo/4").ghlId()).isEqualTo("ghl-b");
        assertThat(links.ofParent(DEFINITION, NOTE, "person-5")).as("the moved parent is known").hasSize(1);
    }

    @Test
    void anIntentLeftBehindIsFoundByTheNextStepAndNotRecordedTwice() {
        // a step recorded the intent, then died before its chunk committed
        steps(true).recordIntents(DEFINITION, NOTE, List.of(note("memo/5", "person-5", null)), 2);

        for (boolean migration : new boolean[] {true, false}) {
            ChildLinks next = steps(migration);
            assertThat(next.find(DEFINITION, NOTE, "memo/5")).as("filtered: %s", migration)
                    .isEqualTo(new ChildLink("memo/5", "person-5", null, "hash", null, ChildLink.INTENT));
            next.recordIntents(DEFINITION, NOTE, List.of(note("memo/5", "person-5", null)), 3);
            assertThat(next.count(DEFINITION, NOTE, ChildLink.INTENT)).isEqualTo(1);
            assertThat(next.ofParent(DEFINITION, NOTE, "person-5")).as("an intent is no row").isEmpty();
        }
    }

    @Test
    void anIntentRowOfAnOlderVersionStillReadsAsAnIntentUntilSaved() {
        // before SYNC_INTENT existed, intents were SYNC_LINK rows in state INTENT
        jdbc.update("INSERT INTO SYNC_LINK (DEFINITION, ENTITY, SOURCE_ID, PARENT_ID, CONTENT_HASH, STATE) "
                + "VALUES (?, ?, 'memo/6', 'person-6', 'hash', 'INTENT')", DEFINITION, NOTE);
        ChildLinks links = steps(true);

        assertThat(links.find(DEFINITION, NOTE, "memo/6").isIntent()).isTrue();
        links.saveCreated(DEFINITION, NOTE, note("memo/6", "person-6", "ghl-note-6"), 2);

        assertThat(links.find(DEFINITION, NOTE, "memo/6").state()).isEqualTo(ChildLink.DONE);
        assertThat(links.count(DEFINITION, NOTE, null)).as("updated in place").isEqualTo(2);
    }

    private ChildLinks steps(boolean migration) {
        return ChildLinks.forStep(jdbc, transactions, migration);
    }

    private static ChildLink note(String sourceId, String parent, String ghlId) {
        return new ChildLink(sourceId, parent, ghlId, "hash", null, ChildLink.DONE);
    }
}
