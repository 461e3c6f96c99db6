package io.github.sansanghlsync.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The lock a run of one sync definition holds for the life of its process: an operating-system file
 * lock in the data directory (no other process on this machine), plus, when the state is in
 * PostgreSQL, a session advisory lock (no other machine sharing that database). Holding it proves no
 * one else runs the definition, so a run left STARTED by a dead process can be recovered safely. Both
 * are released when the process dies, even by SIGKILL: the OS drops the file lock, and PostgreSQL the
 * advisory lock with the connection.
 */
public final class RunLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final FileChannel channel;
    private final FileLock lock;
    private final Connection database;
    private final long databaseKey;

    private RunLock(FileChannel channel, FileLock lock, Connection database, long databaseKey) {
        this.channel = channel;
        this.lock = lock;
        this.database = database;
        this.databaseKey = databaseKey;
    }

    /** Takes this machine's lock, or returns null when another process holds it. */
    static RunLock tryAcquire(Path dataDir, String definition) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(definition + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return null;
            }
            return new RunLock(channel, lock, null, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the run lock in " + dataDir, e);
        }
    }

    /** The file lock, or null when another process (or another run in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /**
     * Adds PostgreSQL's advisory lock {@code key} on {@code connection}, which stays open as long as the
     * lock is held; returns null (and releases everything) when another session holds it.
     */
    RunLock withAdvisoryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (var result = statement.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    connection.close();
                    close();
                    return null;
                }
            }
        }
        return new RunLock(channel, lock, connection, key);
    }

    @Override
    public void close() {
        if (database != null) {
            try (database; PreparedStatement statement = database.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, databaseKey);
                statement.execute();
            } catch (SQLException e) {
                log.debug("Could not release the advisory lock ({}); closing the connection releases it", e.toString());
            }
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
