package io.github.sansanghlsync.it;

import io.github.sansanghlsync.SansanGhlSyncApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's own main class in a fresh JVM, configured as a user would (system properties, no
 * secrets in the arguments), so tests can kill it for real.
 */
final class ChildProgram {

    private final List<String> command = new ArrayList<>();
    private final Path logDir;
    private int started;

    ChildProgram(SyncFixture fixture, String... args) {
        this.logDir = fixture.dir;
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        fixture.properties().forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SansanGhlSyncApplication.class.getName());
        command.addAll(List.of(args));
    }

    /** Starts the same command again; its output goes to child-N.log in the fixture's folder. */
    Process start() throws Exception {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve("child-" + started++ + ".log").toFile())
                .start();
    }
}
