package io.github.sansanghlsync.definition;

import io.github.sansanghlsync.cli.SyncCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A broken sync definition fails fast, before anything is read or written, with a message that names the place. */
class DefinitionCommandLineTests {

    @TempDir
    Path dir;

    private record Outcome(int exitCode, String errors) {
    }

    private Outcome run(String yaml, String... command) throws Exception {
        Path file = dir.resolve("acme.yml");
        Files.writeString(file, yaml + "\nsync:\n  data-dir: " + dir.resolve("data") + "\n");
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--job";
        args[command.length + 1] = file.toString();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Outcome(SyncCommandLine.execute(args), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void anUnknownKeyNamesFileLineAndTheKeyItMeant() throws Exception {
        Outcome outcome = run("ghl:\n  location-id: abc\n  burst-limt: 50", "migrate");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.errors()).contains("acme.yml line 3: unknown key 'ghl.burst-limt'; did you mean 'ghl.burst-limit'?");
    }

    @Test
    void aValueOfTheWrongTypeNamesFileLineAndKey() throws Exception {
        Outcome outcome = run("sansan:\n  page-size: lots", "migrate");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.errors()).contains("acme.yml").contains("2:14").contains("sansan.page-size = 'lots'");
    }

    @Test
    void aBadCronNamesTheKey() throws Exception {
        Outcome outcome = run("schedule:\n  cron: every night", "sync");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.errors()).contains("schedule.cron").contains("every night");
    }

    @Test
    void aMissingDefinitionFileIsNamed() throws Exception {
        assertThat(SyncCommandLine.execute("migrate", "--job", dir.resolve("nope.yml").toString())).isEqualTo(2);
    }
}
