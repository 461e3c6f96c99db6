package io.github.sansanghlsync.link;

import io.github.sansanghlsync.jdbc.KeyFilter;
import io.github.sansanghlsync.jdbc.TransactionStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The link-table rows ({@code SYNC_LINK}) of contacts' children: notes, tasks and the tags this program
 * added, and the intents of their creates ({@code SYNC_INTENT}). Writes join the chunk's transaction, except
 * {@link #recordIntents}, which commits at once. A record with an intent and no row reads as a row in state
 * {@link ChildLink#INTENT} until {@link #saveCreated} saves its row.
 *
 * <p>A migration's steps each get an instance {@link #forStep filtered} like {@link KnownLinks}: the first use
 * of an entity loads its Sansan ids and parents into a fixed-size Bloom filter, to which every row written
 * through the instance is added, so that a look-up of a record or person the table has never seen (most of a
 * first migration) costs no statement, and saving such a record is one INSERT. That is exact while the step
 * runs because the run lock keeps other processes out and the step writes its rows only through here.
 */
public class ChildLinks {

    private static final RowMapper<ChildLink> ROW = (rs, i) -> new ChildLink(rs.getString("SOURCE_ID"),
            rs.getString("PARENT_ID"), rs.getString("GHL_ID"), rs.getString("CONTENT_HASH"), rs.getString("SOURCE_VERSION"),
            rs.getString("STATE"));
    private static final RowMapper<ChildLink> INTENT_ROW = (rs, i) -> new ChildLink(rs.getString("SOURCE_ID"),
            rs.getString("PARENT_ID"), null, rs.getString("CONTENT_HASH"), rs.getString("SOURCE_VERSION"), ChildLink.INTENT);

    private final JdbcTemplate jdbc;
    private final TransactionStatements statements;
    private final TransactionTemplate ownTransaction;
    private final KeyFilter keys;
    private final Set<String> loaded = new HashSet<>();

    ChildLinks(JdbcTemplate jdbc, PlatformTransactionManager transactions, KeyFilter keys) {
        this.jdbc = jdbc;
        this.statements = new TransactionStatements(jdbc);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keys = keys;
    }

    /** An instance for one step: with {@code filtered}, it knows which ids and parents certainly have no row. */
    public static ChildLinks forStep(JdbcTemplate jdbc, PlatformTransactionManager transactions, boolean filtered) {
        return new ChildLinks(jdbc, transactions, filtered ? new KeyFilter() : KeyFilter.unknowing());
    }

    /** The rows of these source ids, by id (an intent without a row as a row in state INTENT). */
    public Map<String, ChildLink> find(String definition, String entity, Collection<String> sourceIds) {
        Map<String, ChildLink> links = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return links;
        }
        // one indexed look-up per id: HSQLDB answers "SOURCE_ID IN (list)" by scanning every row of the entity,
        // which made the notes and tasks steps quadratic (a 10,000-person migration spent minutes there)
        for (String sourceId : new LinkedHashSet<>(sourceIds)) {
            if (mayHave(definition, entity, sourceKey(definition, entity, sourceId))) {
                statements.query("SELECT * FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?", ROW,
                        definition, entity, sourceId).forEach(link -> links.put(link.sourceId(), link));
            }
            if (!links.containsKey(sourceId) && mayHave(definition, entity, intentKey(definition, entity, sourceId))) {
                statements.query("SELECT * FROM SYNC_INTENT WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?",
                        INTENT_ROW, definition, entity, sourceId).forEach(intent -> links.put(intent.sourceId(), intent));
            }
        }
        return links;
    }

    public ChildLink find(String definition, String entity, String sourceId) {
        return find(definition, entity, List.of(sourceId)).get(sourceId);
    }

    /** Every row of a person's children of one entity (intents without a row are not among them). */
    public List<ChildLink> ofParent(String definition, String entity, String parentId) {
        if (!mayHave(definition, entity, parentKey(definition, entity, parentId))) {
            return List.of();
        }
        return jdbc.query("SELECT * FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? AND PARENT_ID = ? ORDER BY SOURCE_ID",
                ROW, definition, entity, parentId);
    }

    /**
     * Records, in a transaction of its own that commits before the calls are made, that these creates are
     * about to be sent. If the process dies before the chunk commits, the next attempt finds the intent
     * and looks in GHL for the record before creating it again. Records with a row or an intent are left as
     * they are.
     */
    public void recordIntents(String definition, String entity, List<ChildLink> intents, long executionId) {
        if (intents.isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> intents.forEach(intent -> {
            if (find(definition, entity, intent.sourceId()) == null) {
                keys.add(intentKey(definition, entity, intent.sourceId()));
                statements.update("INSERT INTO SYNC_INTENT (DEFINITION, ENTITY, SOURCE_ID, PARENT_ID, CONTENT_HASH, "
                                + "SOURCE_VERSION, RECORDED_AT, JOB_EXECUTION_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        definition, entity, intent.sourceId(), intent.parentId(), intent.contentHash(), intent.version(),
                        OffsetDateTime.now(), executionId);
            }
        }));
    }

    /** Saves the row of a record whose create was answered, and deletes its intent. */
    public void saveCreated(String definition, String entity, ChildLink link, long executionId) {
        if (mayHave(definition, entity, intentKey(definition, entity, link.sourceId()))) {
            statements.update("DELETE FROM SYNC_INTENT WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?",
                    definition, entity, link.sourceId());
        }
        save(definition, entity, link, executionId);
    }

    /** Inserts or replaces a row. */
    public void save(String definition, String entity, ChildLink link, long executionId) {
        if (!mayHave(definition, entity, sourceKey(definition, entity, link.sourceId()))) {
            insert(definition, entity, link, executionId);
            return;
        }
        int updated = statements.update("UPDATE SYNC_LINK SET PARENT_ID = ?, GHL_ID = ?, CONTENT_HASH = ?, SOURCE_VERSION = ?, "
                        + "STATE = ?, LAST_SYNCED_AT = ?, LAST_EXECUTION_ID = ? WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?",
                link.parentId(), link.ghlId(), link.contentHash(), link.version(), link.state(), OffsetDateTime.now(),
                executionId, definition, entity, link.sourceId());
        keys.add(parentKey(definition, entity, link.parentId()));
        if (updated == 0) {
            insert(definition, entity, link, executionId);
        }
    }

    public void delete(String definition, String entity, String sourceId) {
        jdbc.update("DELETE FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? AND SOURCE_ID = ?", definition, entity, sourceId);
    }

    /** Rows of one entity, optionally only those in one state (INTENT: the intents without a row too). */
    public int count(String definition, String entity, String state) {
        int intents = !ChildLink.INTENT.equals(state) ? 0 : jdbc.queryForObject(
                "SELECT COUNT(*) FROM SYNC_INTENT WHERE DEFINITION = ? AND ENTITY = ?", Integer.class, definition, entity);
        Integer count = state == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ?", Integer.class,
                definition, entity)
                : jdbc.queryForObject("SELECT COUNT(*) FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ? AND STATE = ?",
                Integer.class, definition, entity, state);
        return intents + (count == null ? 0 : count);
    }

    private void insert(String definition, String entity, ChildLink link, long executionId) {
        keys.add(sourceKey(definition, entity, link.sourceId()));
        keys.add(parentKey(definition, entity, link.parentId()));
        statements.update("INSERT INTO SYNC_LINK (DEFINITION, ENTITY, SOURCE_ID, PARENT_ID, GHL_ID, CONTENT_HASH, SOURCE_VERSION, "
                        + "STATE, LAST_SYNCED_AT, LAST_EXECUTION_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                definition, entity, link.sourceId(), link.parentId(), link.ghlId(), link.contentHash(), link.version(),
                link.state(), OffsetDateTime.now(), executionId);
    }

    /** False when the key certainly has no row; loads the entity's keys on its first use. */
    private boolean mayHave(String definition, String entity, String key) {
        if (key == null || !keys.knows()) {
            return true;
        }
        if (loaded.add(definition + "\u0000" + entity)) {
            jdbc.query("SELECT SOURCE_ID, PARENT_ID FROM SYNC_LINK WHERE DEFINITION = ? AND ENTITY = ?",
                    (RowCallbackHandler) rs -> {
                        keys.add(sourceKey(definition, entity, rs.getString(1)));
                        keys.add(parentKey(definition, entity, rs.getString(2)));
                    }, definition, entity);
            jdbc.query("SELECT SOURCE_ID FROM SYNC_INTENT WHERE DEFINITION = ? AND ENTITY = ?",
                    (RowCallbackHandler) rs -> keys.add(intentKey(definition, entity, rs.getString(1))), definition, entity);
        }
        return keys.mayContain(key);
    }

    // kind, definition, entity and value; a null value is no key (and "may be there" when asked)
    private static String sourceKey(String definition, String entity, String sourceId) {
        return sourceId == null ? null : "s\u0000" + definition + "\u0000" + entity + "\u0000" + sourceId;
    }

    private static String intentKey(String definition, String entity, String sourceId) {
        return sourceId == null ? null : "i\u0000" + definition + "\u0000" + entity + "\u0000" + sourceId;
    }

    private static String parentKey(String definition, String entity, String parentId) {
        return parentId == null ? null : "p\u0000" + definition + "\u0000" + entity + "\u0000" + parentId;
    }
}
