package io.github.sansanghlsync.link;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step's view of the links answers look-ups of keys it has never seen without asking the table. The
 * test proves it by adding a row behind the view's back: the view does not find it, the table does.
 */
class KnownLinksTest {

    private static final String DEFINITION = "default";
    private static final String CONTACT = "contact";

    private JdbcTemplate jdbc;
    private LinkTable table;

    @BeforeEach
    void database() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", "");
        new ResourceDatabasePopulator(new ClassPathResource("sql/schema-hsqldb.sql")).execute(database);
        jdbc = new JdbcTemplate(database);
        table = new LinkTable(jdbc);
        table.insert(DEFINITION, CONTACT, link("person-1", "ghl-1", "one@example.com", "+81311111111"), 1);
    }

    @Test
    void findsWhatTheTableHeldWhenTheStepStartedAndWhatTheStepSaved() {
        KnownLinks known = table.known(DEFINITION, CONTACT, true);
        known.insert(link("person-2", "ghl-2", "two@example.com", null), 2);

        assertThat(known.find("person-1").ghlId()).isEqualTo("ghl-1");
        assertThat(known.find("person-2").ghlId()).isEqualTo("ghl-2");
        assertThat(known.ownersOfEmails(List.of("one@example.com", "two@example.com", "new@example.com")))
                .containsOnly(entry("one@example.com", "person-1"), entry("two@example.com", "person-2"));
        assertThat(known.ownersOfPhones(List.of("+81311111111", "+81322222222"))).containsOnly(entry("+81311111111", "person-1"));
    }

    @Test
    void aKeyTheViewHasNeverSeenCostsNoLookUp() {
        KnownLinks known = table.known(DEFINITION, CONTACT, true);
        // behind the view's back (no program path does this while a step runs: the run lock keeps others out)
        table.insert(DEFINITION, CONTACT, link("person-3", "ghl-3", "three@example.com", "+81333333333"), 2);

        assertThat(known.find("person-3")).as("answered by the filter, without a statement").isNull();
        assertThat(known.ownersOfEmails(List.of("three@example.com"))).isEmpty();
        assertThat(known.ownersOfPhones(List.of("+81333333333"))).isEmpty();
        assertThat(table.find(DEFINITION, CONTACT, "person-3")).isNotNull();
        assertThat(table.known(DEFINITION, CONTACT, true).find("person-3")).as("the next step loads it").isNotNull();
    }

    @Test
    void anIdentitySavedThroughTheViewIsKnownToIt() {
        KnownLinks known = table.known(DEFINITION, CONTACT, true);

        known.save(link("person-1", "ghl-1", "moved@example.com", "+81344444444"), 2);

        assertThat(known.ownersOfEmails(List.of("moved@example.com"))).containsOnly(entry("moved@example.com", "person-1"));
        assertThat(known.ownersOfPhones(List.of("+81344444444"))).containsOnly(entry("+81344444444", "person-1"));
    }

    @Test
    void anUnfilteredViewAsksTheTableEveryTime() {
        KnownLinks known = table.known(DEFINITION, CONTACT, false);
        table.insert(DEFINITION, CONTACT, link("person-3", "ghl-3", "three@example.com", "+81333333333"), 2);

        assertThat(known.find("person-3").ghlId()).isEqualTo("ghl-3");
        assertThat(known.ownersOfEmails(List.of("three@example.com"))).containsOnly(entry("three@example.com", "person-3"));
        assertThat(known.ownersOfPhones(List.of("+81333333333"))).containsOnly(entry("+81333333333", "person-3"));
    }

    private static Link link(String person, String ghlId, String email, String phone) {
        return new Link(person, ghlId, "hash", "2024-01-01", "card-" + person, email, phone);
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
