package io.github.sansanghlsync.reconcile;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The reconcile marks on the link table ({@code SYNC_LINK.VANISHED_AT}, {@code VANISHED_TREATMENT}):
 * a marked link is not treated again, and is unmarked when its person shows up in Sansan again.
 */
public class VanishedLinks {

    /** A link as reconcile sees it: the Sansan id, its GHL id, and the treatment it got if it is marked. */
    public record Row(String sourceId, String ghlId, String treatment) {
    }

    private final JdbcTemplate jdbc;

    public VanishedLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Links not marked vanished. */
    public List<Row> active(String definition, String entity) {
        return jdbc.query("SELECT SOURCE_ID, GHL_ID, VANISHED_TREATMENT FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? "
                + "AND VANISHED_AT IS NULL AND GHL_ID IS NOT NULL ORDER BY SOURCE_ID", (rs, i) -> new Row(rs.getString(1),
                rs.getString(2), rs.getString(3)), definition, entity);
    }

    /** Links marked vanished. */
    public List<Row> marked(String definition, String entity) {
        return jdbc.query("SELECT SOURCE_ID, GHL_ID, VANISHED_TREATMENT FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? "
                + "AND VANISHED_AT IS NOT NULL ORDER BY SOURCE_ID", (rs, i) -> new Row(rs.getString(1), rs.getString(2),
                rs.getString(3)), definition, entity);
    }

    /** Marks a link vanished; the contact still exists in GHL (tagged or left). */
    public void mark(String definition, String entity, String sourceId, VanishedTreatment treatment, long executionId) {
        jdbc.update("UPDATE SYNC_LINK SET VANISHED_AT = ?, VANISHED_TREATMENT = ?, LAST_EXECUTION_ID = ? "
                + "WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?", OffsetDateTime.now(), treatment.name(),
                executionId, definition, entity, sourceId);
    }

    /**
     * Marks a link whose GHL contact was deleted: the GHL id, content hash and matching identities are
     * cleared, so the e-mail and phone are free again and a person who comes back is created anew.
     */
    public void markDeleted(String definition, String entity, String sourceId, long executionId) {
        jdbc.update("UPDATE SYNC_LINK SET VANISHED_AT = ?, VANISHED_TREATMENT = ?, LAST_EXECUTION_ID = ?, GHL_ID = NULL, "
                        + "CONTENT_HASH = NULL, IDENTITY_EMAIL = NULL, IDENTITY_PHONE = NULL "
                        + "WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?", OffsetDateTime.now(),
                VanishedTreatment.DELETE.name(), executionId, definition, entity, sourceId);
    }

    /** Removes the mark of a person who is back in Sansan. */
    public void unmark(String definition, String entity, String sourceId, long executionId) {
        jdbc.update("UPDATE SYNC_LINK SET VANISHED_AT = NULL, VANISHED_TREATMENT = NULL, LAST_EXECUTION_ID = ? "
                + "WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?", executionId, definition, entity, sourceId);
    }
}
