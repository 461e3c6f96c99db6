package io.github.sansanghlsync.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxCommandTests {

    private static final List<String> KNOBS = List.of("sandbox.seed", "sandbox.persons", "sandbox.sansan.requests-per-second",
            "sandbox.ghl.burst-limit", "sandbox.ghl.burst-window-ms", "sandbox.ghl.daily-limit", "sandbox.ghl.latency-min-ms",
            "sandbox.ghl.latency-max-ms", "sandbox.ghl.latency-p99-ms");

    @AfterEach
    void clear() {
        KNOBS.forEach(System::clearProperty);
    }

    @Test
    void flagsBecomeTheSandboxKnobs() {
        SandboxCommand command = new SandboxCommand();
        new CommandLine(command).parseArgs("--persons", "50", "--sansan-requests-per-second", "20", "--ghl-burst-limit", "1000",
                "--ghl-burst-window-ms", "1000", "--ghl-daily-limit", "5000", "--ghl-latency-min-ms", "150",
                "--ghl-latency-max-ms", "400", "--ghl-latency-p99-ms", "2000");

        command.setKnobs();

        assertThat(KNOBS.stream().map(System::getProperty).toList())
                .containsExactly("42", "50", "20", "1000", "1000", "5000", "150", "400", "2000");
    }

    @Test
    void flagsNotGivenLeaveTheEmulatorsDefaults() {
        SandboxCommand command = new SandboxCommand();
        new CommandLine(command).parseArgs();

        command.setKnobs();

        assertThat(System.getProperty("sandbox.ghl.burst-limit")).isNull();
        assertThat(System.getProperty("sandbox.ghl.latency-p99-ms")).isNull();
    }
}
