package io.github.sansanghlsync.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * On the embedded HSQLDB, writes the database's log into its data file after every GHL-writing step,
 * when no chunk transaction is open. HSQLDB's own automatic checkpoint is off ({@code hsqldb.log_size=0}):
 * it waits for every open transaction, and a step that commits a transaction of its own inside its chunk's
 * (the notes and tasks intents) would wait for itself. Does nothing on other databases.
 */
@Component
public class DatabaseCheckpoint implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCheckpoint.class);

    private final JdbcTemplate jdbc;
    private final boolean hsqldb;

    public DatabaseCheckpoint(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.hsqldb = isHsqldb(dataSource);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (hsqldb) {
            try {
                jdbc.execute("CHECKPOINT");
            } catch (RuntimeException e) {
                // the log stays as it is and is replayed on the next start: nothing is lost
                log.warn("Could not checkpoint the embedded database after step {}: {}", step.getStepName(), e.toString());
            }
        }
        return step.getExitStatus();
    }

    private static boolean isHsqldb(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "HSQL Database Engine".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
