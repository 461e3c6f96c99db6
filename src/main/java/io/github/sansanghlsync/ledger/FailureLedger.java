package io.github.sansanghlsync.ledger;

import io.github.sansanghlsync.jdbc.KeyFilter;
import io.github.sansanghlsync.jdbc.TransactionStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The failure ledger ({@code SYNC_FAILURE}): one row per rejected record, open until a later run
 * delivers it. Writes join the caller's (chunk) transaction, so a rolled-back chunk leaves no row and
 * a record rejected again updates its open row instead of adding one.
 */
public class FailureLedger {

    public static final String OPEN = "OPEN";
    public static final String WARNING = "WARNING";
    public static final String CLOSED = "CLOSED";

    private static final RowMapper<LedgerRow> ROW = (rs, i) -> new LedgerRow(rs.getLong("ID"), rs.getString("STATUS"),
            rs.getString("ERROR_CODE"), rs.getString("ENTITY"), rs.getString("RECORD_ID"), rs.getString("PARENT_ID"),
            rs.getString("FIELD"), rs.getString("MESSAGE"), (Integer) rs.getObject("HTTP_STATUS"), rs.getString("GHL_TRACE_ID"),
            rs.getString("SUMMARY"), rs.getInt("OCCURRENCES"), rs.getObject("FIRST_SEEN_AT", OffsetDateTime.class),
            rs.getObject("LAST_SEEN_AT", OffsetDateTime.class), rs.getString("STEP_NAME"),
            (Long) rs.getObject("JOB_EXECUTION_ID", Long.class));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionStatements statements;
    private final Map<String, OpenRowFilter> tracked = new ConcurrentHashMap<>();

    public FailureLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.statements = new TransactionStatements(jdbc);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * From now on, remembers which records and parents of the entity may have open rows or warnings, so that
     * closing one that has none costs no statement (most delivered records never failed). Loaded from the
     * ledger; call it when a step starts: rows added by this program afterwards are remembered as they are recorded.
     * Only closes by the same job execution use it (another run loads its own: the ledger may have changed between).
     */
    public void trackOpenRows(String definition, String entity, long executionId) {
        OpenRowFilter filter = new OpenRowFilter(executionId, new KeyFilter());
        tracked.put(key(definition, entity), filter);
        jdbc.query("SELECT RECORD_ID, PARENT_ID FROM SYNC_FAILURE WHERE DEFINITION = ? AND ENTITY = ? "
                + "AND STATUS IN ('OPEN', 'WARNING')", rs -> {
            filter.ids().add(rs.getString(1));
            filter.ids().add(rs.getString(2));
        }, definition, entity);
    }

    private boolean certainlyNoneOpen(String definition, String entity, String id, long executionId) {
        OpenRowFilter filter = tracked.get(key(definition, entity));
        return filter != null && filter.executionId() == executionId && !filter.ids().mayContain(id);
    }

    private static String key(String definition, String entity) {
        return definition + '\u0000' + entity;
    }

    /** Records a rejection (or warning): updates the record's open row of that kind, or adds one. */
    public void record(String definition, Failure failure, String stepName, long executionId) {
        String status = failure.code().isWarning() ? WARNING : OPEN;
        OpenRowFilter filter = tracked.get(key(definition, failure.entity()));
        if (filter != null) {
            filter.ids().add(failure.recordId());
            filter.ids().add(failure.parentId());
        }
        OffsetDateTime now = OffsetDateTime.now();
        int updated = statements.update("UPDATE SYNC_FAILURE SET ERROR_CODE = ?, FIELD = ?, MESSAGE = ?, HTTP_STATUS = ?, GHL_TRACE_ID = ?, "
                        + "SUMMARY = ?, PARENT_ID = ?, RECORD_VERSION = ?, STEP_NAME = ?, JOB_EXECUTION_ID = ?, "
                        + "OCCURRENCES = OCCURRENCES + 1, LAST_SEEN_AT = ? "
                        + "WHERE DEFINITION = ? AND ENTITY = ? AND RECORD_ID = ? AND STATUS = ?",
                failure.code().name(), failure.field(), failure.message(), failure.httpStatus(), failure.traceId(),
                failure.summary(), failure.parentId(), failure.recordVersion(), stepName, executionId, now,
                definition, failure.entity(), failure.recordId(), status);
        if (updated == 0) {
            statements.update("INSERT INTO SYNC_FAILURE (DEFINITION, ENTITY, RECORD_ID, PARENT_ID, RECORD_VERSION, STATUS, ERROR_CODE, "
                            + "FIELD, MESSAGE, HTTP_STATUS, GHL_TRACE_ID, SUMMARY, STEP_NAME, JOB_EXECUTION_ID, OCCURRENCES, "
                            + "FIRST_SEEN_AT, LAST_SEEN_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    definition, failure.entity(), failure.recordId(), failure.parentId(), failure.recordVersion(), status,
                    failure.code().name(), failure.field(), failure.message(), failure.httpStatus(), failure.traceId(),
                    failure.summary(), stepName, executionId, now, now);
        }
    }

    /** Closes the open rows and warnings of a record that has now been delivered (or no longer exists). */
    public int closeDelivered(String definition, String entity, String recordId, long executionId) {
        if (certainlyNoneOpen(definition, entity, recordId, executionId)) {
            return 0;
        }
        return statements.update("UPDATE SYNC_FAILURE SET STATUS = 'CLOSED', CLOSED_AT = ?, CLOSED_BY_EXECUTION_ID = ? "
                        + "WHERE DEFINITION = ? AND ENTITY = ? AND RECORD_ID = ? AND STATUS IN ('OPEN', 'WARNING')",
                OffsetDateTime.now(), executionId, definition, entity, recordId);
    }

    /**
     * Closes the open rows of a parent's records older than {@code version}: a newer record of the same
     * parent was delivered, so the older, rejected ones no longer matter.
     */
    public int closeSuperseded(String definition, String entity, String parentId, String version, long executionId) {
        if (certainlyNoneOpen(definition, entity, parentId, executionId)) {
            return 0;
        }
        return statements.update("UPDATE SYNC_FAILURE SET STATUS = 'CLOSED', CLOSED_AT = ?, CLOSED_BY_EXECUTION_ID = ? "
                        + "WHERE DEFINITION = ? AND ENTITY = ? AND PARENT_ID = ? AND STATUS IN ('OPEN', 'WARNING') "
                        + "AND RECORD_VERSION < ?",
                OffsetDateTime.now(), executionId, definition, entity, parentId, version);
    }

    /** Open rows and warnings last seen by the given executions (the executions of one run), oldest first. */
    public List<LedgerRow> rowsOf(String definition, Collection<Long> executionIds) {
        if (executionIds.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT * FROM SYNC_FAILURE WHERE DEFINITION = :definition AND JOB_EXECUTION_ID IN (:ids) "
                        + "AND STATUS IN ('OPEN', 'WARNING') ORDER BY ID",
                new MapSqlParameterSource("definition", definition).addValue("ids", executionIds), ROW);
    }

    /**
     * The next open rows of an entity after ledger id {@code afterId}, oldest first, optionally only those
     * last seen by some executions or with one code: what {@code retry-failed} works through.
     */
    public List<LedgerRow> openRowsAfter(String definition, String entity, long afterId, Collection<Long> executionIds,
                                         String code, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("definition", definition).addValue("entity", entity)
                .addValue("afterId", afterId).addValue("code", code).addValue("ids", executionIds);
        String sql = "SELECT * FROM SYNC_FAILURE WHERE DEFINITION = :definition AND ENTITY = :entity AND STATUS = 'OPEN' "
                + "AND ID > :afterId" + (code == null ? "" : " AND ERROR_CODE = :code")
                + (executionIds == null ? "" : " AND JOB_EXECUTION_ID IN (:ids)")
                + " ORDER BY ID FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        return named.query(sql, params, ROW);
    }

    /** Every open row of a definition, optionally of one entity. */
    public List<LedgerRow> openRows(String definition, String entity) {
        if (entity == null) {
            return jdbc.query("SELECT * FROM SYNC_FAILURE WHERE DEFINITION = ? AND STATUS = 'OPEN' ORDER BY ID", ROW, definition);
        }
        return jdbc.query("SELECT * FROM SYNC_FAILURE WHERE DEFINITION = ? AND ENTITY = ? AND STATUS = 'OPEN' ORDER BY ID",
                ROW, definition, entity);
    }

    /** The record and parent ids that may have open rows or warnings, as loaded by one job execution. */
    private record OpenRowFilter(long executionId, KeyFilter ids) {
    }
}
