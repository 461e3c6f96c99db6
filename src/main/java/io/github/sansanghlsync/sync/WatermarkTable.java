package io.github.sansanghlsync.sync;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The watermark table ({@code SYNC_WATERMARK}): one row per sync definition. It only moves forward,
 * and only from the last step of a completed run, inside that step's transaction.
 */
public class WatermarkTable {

    private final JdbcTemplate jdbc;

    public WatermarkTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Watermark> find(String definition) {
        List<Watermark> rows = jdbc.query("SELECT * FROM SYNC_WATERMARK WHERE DEFINITION = ?", (rs, i) -> new Watermark(
                rs.getString("DEFINITION"), rs.getObject("UPPER_BOUND", OffsetDateTime.class), rs.getString("JOB_NAME"),
                rs.getLong("JOB_EXECUTION_ID")), definition);
        return rows.stream().findFirst();
    }

    /**
     * Moves the watermark to {@code upperBound} unless it is already there or later (a migration of an
     * older range never moves it back). Returns true when it moved.
     */
    public boolean advance(String definition, OffsetDateTime upperBound, String jobName, long jobExecutionId) {
        Object[] values = {upperBound, jobName, jobExecutionId, OffsetDateTime.now(), definition, upperBound};
        int updated = jdbc.update("UPDATE SYNC_WATERMARK SET UPPER_BOUND = ?, JOB_NAME = ?, JOB_EXECUTION_ID = ?, UPDATED_AT = ? "
                + "WHERE DEFINITION = ? AND UPPER_BOUND < ?", values);
        if (updated > 0) {
            return true;
        }
        if (find(definition).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO SYNC_WATERMARK (DEFINITION, UPPER_BOUND, JOB_NAME, JOB_EXECUTION_ID, UPDATED_AT) "
                + "VALUES (?, ?, ?, ?, ?)", definition, upperBound, jobName, jobExecutionId, OffsetDateTime.now());
        return true;
    }
}
