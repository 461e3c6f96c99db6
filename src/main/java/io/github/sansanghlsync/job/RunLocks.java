package io.github.sansanghlsync.job;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;

/** Takes the {@link RunLock} of the configured sync definition for a run. */
@Component
public class RunLocks {

    private final SyncProperties sync;
    private final DataSource dataSource;

    public RunLocks(SyncProperties sync, DataSource dataSource) {
        this.sync = sync;
        this.dataSource = dataSource;
    }

    /** The definition's lock; throws {@link RunInProgressException} when another process or machine runs it. */
    public RunLock acquire() {
        String definition = sync.definition();
        RunLock local = RunLock.tryAcquire(sync.dataDir(), definition);
        if (local == null) {
            throw new RunInProgressException(definition, "its lock in the data directory " + sync.dataDir() + " is held");
        }
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return local;
            }
            RunLock shared = local.withAdvisoryLock(connection, advisoryKey(definition));
            if (shared == null) {
                throw new RunInProgressException(definition, "a process on another machine sharing this PostgreSQL "
                        + "database holds its advisory lock");
            }
            return shared;
        } catch (SQLException e) {
            local.close();
            throw new IllegalStateException("Could not take the run lock in the database: " + e.getMessage(), e);
        }
    }

    /** A stable 64-bit key per definition, so that every machine asks PostgreSQL for the same lock. */
    static long advisoryKey(String definition) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("sansan-ghl-sync/" + definition).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
