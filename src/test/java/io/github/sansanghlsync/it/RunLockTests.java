package io.github.sansanghlsync.it;

import io.github.sansanghlsync.job.RunInProgressException;
import io.github.sansanghlsync.job.RunLock;
import io.github.sansanghlsync.job.RunLocks;
import io.github.sansanghlsync.job.SyncProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One run of a definition at a time: on one machine (file lock), and across machines sharing PostgreSQL (advisory lock). */
class RunLockTests {

    @TempDir
    Path dir;

    @Test
    void twoMachinesSharingAPostgresDatabaseCannotRunTheSameDefinitionAtOnce() {
        DataSource database = new DriverManagerDataSource(PostgresServer.newDatabase(), PostgresServer.USER, PostgresServer.PASSWORD);
        // two machines: each its own data directory (so the file locks do not meet), one database
        RunLocks machineA = new RunLocks(properties("acme", dir.resolve("a")), database);
        RunLocks machineB = new RunLocks(properties("acme", dir.resolve("b")), database);

        try (RunLock held = machineA.acquire()) {
            assertThatThrownBy(machineB::acquire).isInstanceOf(RunInProgressException.class)
                    .hasMessageContaining("'acme'").hasMessageContaining("another machine");
        }
        // and the refused attempt let go of machine B's file lock: B runs once A is done
        try (RunLock afterwards = machineB.acquire()) {
            assertThat(afterwards).isNotNull();
        }
    }

    @Test
    void onOneMachineTheFileLockRefusesASecondRunOfTheDefinition() {
        DataSource database = new DriverManagerDataSource("jdbc:hsqldb:mem:runlock", "SA", "");
        RunLocks first = new RunLocks(properties("acme", dir), database);
        RunLocks second = new RunLocks(properties("acme", dir), database);

        try (RunLock held = first.acquire()) {
            assertThatThrownBy(second::acquire).isInstanceOf(RunInProgressException.class)
                    .hasMessageContaining("'acme'").hasMessageContaining("data directory");
        }
        try (RunLock afterwards = second.acquire()) {
            assertThat(afterwards).isNotNull();
        }
    }

    private static SyncProperties properties(String definition, Path dataDir) {
        return new SyncProperties(definition, null, null, null, null, null, dataDir);
    }
}
