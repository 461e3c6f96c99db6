package io.github.sansanghlsync.definition;

import io.github.sansanghlsync.cli.SyncCommandLine;
import io.github.sansanghlsync.sandbox.Sandbox;
import io.github.sansanghlsync.sandbox.sansan.SansanCard;
import io.github.sansanghlsync.sandbox.sansan.SansanSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code map --card}: a card and the payload the definition's mapping makes of it, read from the Sansan emulator. */
class MapCommandTests {

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path definition;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(Sandbox.Config.defaults());
        definition = dir.resolve("preview.yml");
        Files.writeString(definition, """
                sansan:
                  base-url: %s
                  api-key: %s
                ghl:
                  base-url: %s
                  location-id: %s
                  token: %s
                mapping:
                  job-title-field: contact.yakushoku
                  department-field: none
                sync:
                  data-dir: %s
                """.formatted(sandbox.sansan().baseUrl(), sandbox.sansan().apiKey(), sandbox.ghl().baseUrl(),
                sandbox.ghl().locationId(), sandbox.ghl().token(), dir.resolve("data")));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void showsTheCardAndItsPayloadWithTheDefinitionsMapping() {
        SansanCard card = sandbox.sansan().cards().stream()
                .filter(c -> sandbox.sansan().seed().badKind(c.id()).isEmpty() && c.title() != null && c.departmentName() != null)
                .findFirst().orElseThrow();

        Output output = run("map", "--card", card.id(), "--job", definition.toString());

        assertThat(output.exitCode()).isZero();
        assertThat(output.text()).contains("lastName = " + card.lastName())
                .contains("customField contact.yakushoku = " + card.title())
                .doesNotContain("customField contact.department")
                .contains("source = Sansan");
    }

    @Test
    void showsTheEffectOfFieldRulesAndWhichRuleGaveWhichValue() throws Exception {
        SansanCard card = sandbox.sansan().cards().stream()
                .filter(c -> sandbox.sansan().seed().badKind(c.id()).isEmpty() && c.exchangeDate() != null
                        && c.departmentName() != null)
                .findFirst().orElseThrow();
        Files.writeString(definition, Files.readString(definition).replace("mapping:\n", """
                mapping:
                  name-order: family-first
                  fields:
                    - to: customField.contact.department
                      from: [companyName, departmentName]
                      join: " / "
                    - to: source
                      constant: 名刺
                """));

        Output output = run("map", "--card", card.id(), "--job", definition.toString());

        String department = card.companyName() + " / " + card.departmentName();
        assertThat(output.exitCode()).isZero();
        assertThat(output.text()).contains("name = " + card.lastName() + " " + card.firstName())
                .contains("source = 名刺")
                .contains("customField contact.department = " + department)
                .contains("fields[0] customField.contact.department = " + department)
                .contains("fields[1] source = 名刺");
    }

    @Test
    void aBrokenRuleStopsTheCommandWithItsPlace() throws Exception {
        Files.writeString(definition, Files.readString(definition).replace("mapping:\n", """
                mapping:
                  fields:
                    - to: phone
                      from: tel
                """));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = SyncCommandLine.execute("map", "--card", "0123456789abcdef0123456789abcdef", "--job", definition.toString());
        } finally {
            System.setErr(original);
        }

        assertThat(exitCode).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains(definition + " line 10: mapping.fields[0].to: 'phone' is owned by the built-in mapping");
    }

    @Test
    void showsWhyABadCardIsRejected() {
        String bad = sandbox.sansan().seed().badCards().stream()
                .filter(b -> b.kind() == SansanSeed.BadCardKind.MALFORMED_EMAIL).findFirst().orElseThrow().cardId();

        Output output = run("map", "--card", bad, "--job", definition.toString());

        assertThat(output.exitCode()).isEqualTo(3);
        assertThat(output.text()).contains("REJECTED").contains("SANSAN_INVALID_EMAIL");
    }

    private record Output(int exitCode, String text) {
    }

    private static Output run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Output(SyncCommandLine.execute(args), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
