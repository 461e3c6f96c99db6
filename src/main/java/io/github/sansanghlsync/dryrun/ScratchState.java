package io.github.sansanghlsync.dryrun;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dry run's copy of a definition's state: its links and intents, its open ledger rows and its watermark under a
 * scratch definition name. The dry run reads and writes only the copy, so it meets exactly what the real
 * run would and leaves the real state as it was.
 */
public class ScratchState {

    static final String SUFFIX = "~dry-run";

    private static final String LINK_COLUMNS = "ENTITY, SOURCE_ID, GHL_ID, CONTENT_HASH, SOURCE_VERSION, SOURCE_RECORD_ID, "
            + "IDENTITY_EMAIL, IDENTITY_PHONE, LAST_SYNCED_AT, LAST_EXECUTION_ID, PARENT_ID, STATE, VANISHED_AT, VANISHED_TREATMENT";
    private static final String INTENT_COLUMNS = "ENTITY, SOURCE_ID, PARENT_ID, CONTENT_HASH, SOURCE_VERSION, RECORDED_AT, "
            + "JOB_EXECUTION_ID";
    private static final String FAILURE_COLUMNS = "ENTITY, RECORD_ID, PARENT_ID, RECORD_VERSION, STATUS, ERROR_CODE, FIELD, "
            + "MESSAGE, HTTP_STATUS, GHL_TRACE_ID, SUMMARY, STEP_NAME, JOB_EXECUTION_ID, OCCURRENCES, FIRST_SEEN_AT, LAST_SEEN_AT";
    private static final String WATERMARK_COLUMNS = "UPPER_BOUND, JOB_NAME, JOB_EXECUTION_ID, UPDATED_AT";
    private static final String SCRATCH = "CAST(? AS VARCHAR(100))";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public ScratchState(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Replaces the scratch copy of {@code definition} with its current state and gives the scratch name. */
    public String copy(String definition) {
        String scratch = definition + SUFFIX;
        transaction.executeWithoutResult(status -> {
            delete(scratch);
            jdbc.update("INSERT INTO SYNC_LINK (DEFINITION, " + LINK_COLUMNS + ") SELECT " + SCRATCH + ", " + LINK_COLUMNS
                    + " FROM SYNC_LINK WHERE DEFINITION = ?", scratch, definition);
            jdbc.update("INSERT INTO SYNC_INTENT (DEFINITION, " + INTENT_COLUMNS + ") SELECT " + SCRATCH + ", " + INTENT_COLUMNS
                    + " FROM SYNC_INTENT WHERE DEFINITION = ?", scratch, definition);
            jdbc.update("INSERT INTO SYNC_FAILURE (DEFINITION, " + FAILURE_COLUMNS + ") SELECT " + SCRATCH + ", " + FAILURE_COLUMNS
                    + " FROM SYNC_FAILURE WHERE DEFINITION = ? AND STATUS IN ('OPEN', 'WARNING')", scratch, definition);
            jdbc.update("INSERT INTO SYNC_WATERMARK (DEFINITION, " + WATERMARK_COLUMNS + ") SELECT " + SCRATCH + ", "
                    + WATERMARK_COLUMNS + " FROM SYNC_WATERMARK WHERE DEFINITION = ?", scratch, definition);
        });
        return scratch;
    }

    /** Drops a scratch copy. */
    public void discard(String scratch) {
        if (!scratch.endsWith(SUFFIX)) {
            throw new IllegalArgumentException(scratch + " is not a dry run's scratch state");
        }
        transaction.executeWithoutResult(status -> delete(scratch));
    }

    private void delete(String scratch) {
        jdbc.update("DELETE FROM SYNC_LINK WHERE DEFINITION = ?", scratch);
        jdbc.update("DELETE FROM SYNC_INTENT WHERE DEFINITION = ?", scratch);
        jdbc.update("DELETE FROM SYNC_FAILURE WHERE DEFINITION = ?", scratch);
        jdbc.update("DELETE FROM SYNC_WATERMARK WHERE DEFINITION = ?", scratch);
    }
}
