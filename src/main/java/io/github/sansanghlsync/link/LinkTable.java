package io.github.sansanghlsync.link;

import io.github.sansanghlsync.jdbc.KeyFilter;
import io.github.sansanghlsync.jdbc.TransactionStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The link table ({@code SYNC_LINK}): (sync definition, entity, Sansan id) → GHL id and content hash.
 * It makes every write idempotent and lets unchanged records cost zero requests. Writes join the
 * caller's (chunk) transaction.
 */
public class LinkTable {

    private static final RowMapper<Link> LINK = (rs, i) -> new Link(rs.getString("SOURCE_ID"), rs.getString("GHL_ID"),
            rs.getString("CONTENT_HASH"), rs.getString("SOURCE_VERSION"), rs.getString("SOURCE_RECORD_ID"),
            rs.getString("IDENTITY_EMAIL"), rs.getString("IDENTITY_PHONE"));

    private final JdbcTemplate jdbc;
    private final TransactionStatements statements;

    public LinkTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.statements = new TransactionStatements(jdbc);
    }

    /**
     * A view for one step that knows which ids, e-mails and phones of the entity certainly have no link, loaded
     * from the table now; with {@code filtered} false it knows nothing (every look-up runs) and loads nothing.
     */
    public KnownLinks known(String definition, String entity, boolean filtered) {
        KnownLinks known = new KnownLinks(this, definition, entity, filtered ? new KeyFilter() : KeyFilter.unknowing());
        if (!filtered) {
            return known;
        }
        jdbc.query("SELECT SOURCE_ID, IDENTITY_EMAIL, IDENTITY_PHONE FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ?",
                (RowCallbackHandler) rs -> known.remember(rs.getString(1), rs.getString(2),
                        rs.getString(3)), definition, entity);
        return known;
    }

    /** The links of the given Sansan ids, by id; ids without a link are absent. */
    public Map<String, Link> find(String definition, String entity, Collection<String> sourceIds) {
        Map<String, Link> links = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return links;
        }
        // one indexed look-up per id: HSQLDB answers "IN (list)" by scanning every link of the entity,
        // which made a 100,000-card migration quadratic
        for (String sourceId : new java.util.LinkedHashSet<>(sourceIds)) {
            statements.query("SELECT * FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?", LINK,
                    definition, entity, sourceId).forEach(link -> links.put(link.sourceId(), link));
        }
        return links;
    }

    public Link find(String definition, String entity, String sourceId) {
        return find(definition, entity, List.of(sourceId)).get(sourceId);
    }

    /** Which Sansan id already owns each of these e-mails (as its GHL matching identity). */
    public Map<String, String> ownersOfEmails(String definition, String entity, Collection<String> emails) {
        return owners(definition, entity, "IDENTITY_EMAIL", emails);
    }

    /** Which Sansan id already owns each of these phones (as its GHL matching identity). */
    public Map<String, String> ownersOfPhones(String definition, String entity, Collection<String> phones) {
        return owners(definition, entity, "IDENTITY_PHONE", phones);
    }

    /** The Sansan id linked to a GHL id, or null. */
    public String sourceIdOf(String definition, String entity, String ghlId) {
        List<String> ids = statements.query("SELECT SOURCE_ID FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? AND GHL_ID = ?",
                (rs, i) -> rs.getString(1), definition, entity, ghlId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Inserts or replaces the link of {@code link.sourceId()}. */
    public void save(String definition, String entity, Link link, long executionId) {
        Object[] values = values(definition, entity, link, executionId);
        int updated = statements.update("UPDATE SYNC_LINK SET GHL_ID = ?, CONTENT_HASH = ?, SOURCE_VERSION = ?, SOURCE_RECORD_ID = ?, "
                + "IDENTITY_EMAIL = ?, IDENTITY_PHONE = ?, LAST_SYNCED_AT = ?, LAST_EXECUTION_ID = ? "
                + "WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?", values);
        if (updated == 0) {
            insert(values);
        }
    }

    /** Adds the link of a Sansan id that has none yet (the caller has just looked, in the same transaction). */
    public void insert(String definition, String entity, Link link, long executionId) {
        insert(values(definition, entity, link, executionId));
    }

    private void insert(Object[] values) {
        statements.update("INSERT INTO SYNC_LINK (GHL_ID, CONTENT_HASH, SOURCE_VERSION, SOURCE_RECORD_ID, IDENTITY_EMAIL, "
                + "IDENTITY_PHONE, LAST_SYNCED_AT, LAST_EXECUTION_ID, DEFINITION, ENTITY, SOURCE_ID) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    private static Object[] values(String definition, String entity, Link link, long executionId) {
        return new Object[] {link.ghlId(), link.contentHash(), link.sourceVersion(), link.sourceRecordId(), link.identityEmail(),
                link.identityPhone(), OffsetDateTime.now(), executionId, definition, entity, link.sourceId()};
    }

    public int count(String definition, String entity) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ?",
                Integer.class, definition, entity);
        return count == null ? 0 : count;
    }

    private Map<String, String> owners(String definition, String entity, String column, Collection<String> values) {
        Map<String, String> owners = new HashMap<>();
        if (values.isEmpty()) {
            return owners;
        }
        // one indexed look-up per value, for the reason given in find()
        String sql = "SELECT SOURCE_ID, " + column + " FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? AND " + column + " = ?";
        for (String value : new java.util.LinkedHashSet<>(values)) {
            statements.query(sql, (rs, i) -> owners.put(rs.getString(2), rs.getString(1)), definition, entity, value);
        }
        return owners;
    }
}
