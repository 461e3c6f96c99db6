package io.github.sansanghlsync.ghl.oauth;

import io.github.sansanghlsync.credentials.TokenCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The GHL OAuth token pairs per location ({@code SYNC_GHL_TOKEN}), encrypted at rest with AES-GCM. Every
 * write runs in its own transaction, so a new pair is committed before anyone uses it, and
 * {@link #underLock} serialises refreshes across threads and processes sharing the database (a row lock
 * taken by an UPDATE, held to commit) with a compare-and-swap on {@code VERSION} as a second guard.
 */
public class OAuthTokenStore {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenStore.class);

    /** A stored pair and the version a compare-and-swap must match. */
    public record Stored(TokenGrant grant, long version) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final TokenCipher cipher;
    private final TokenCipher previousCipher;
    private final Clock clock;

    public OAuthTokenStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, TokenCipher cipher,
                           TokenCipher previousCipher, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.cipher = cipher;
        this.previousCipher = previousCipher;
        this.clock = clock;
    }

    /** Stores the pair of a new authorization ({@code auth ghl}), replacing any earlier one of the location. */
    public void save(TokenGrant grant) {
        ownTransaction.executeWithoutResult(status -> {
            Long version = jdbc.query("SELECT VERSION FROM SYNC_GHL_TOKEN WHERE LOCATION_ID = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, grant.locationId());
            if (version == null) {
                jdbc.update("INSERT INTO SYNC_GHL_TOKEN (ACCESS_TOKEN, REFRESH_TOKEN, EXPIRES_AT, SCOPES, KEY_ID, VERSION, "
                        + "UPDATED_AT, LOCATION_ID) VALUES (?, ?, ?, ?, ?, 1, ?, ?)", values(grant));
            } else {
                replace(grant, version);
            }
        });
    }

    /** The location's pair, or empty; a pair under the previous key (rotation) is re-encrypted with the current one. */
    public Optional<Stored> load(String locationId) {
        Optional<Row> row = read(locationId);
        if (row.isPresent() && previousCipher != null && row.get().keyId().equals(previousCipher.key().id())) {
            ownTransaction.executeWithoutResult(status -> {
                Optional<Row> locked = lockAndRead(locationId);
                if (locked.isPresent() && locked.get().keyId().equals(previousCipher.key().id())) {
                    replace(decrypt(locked.get()), locked.get().version());
                    log.info("Re-encrypted the stored GHL tokens of location {} with the new key {}", locationId,
                            cipher.key().id());
                }
            });
            row = read(locationId);
        }
        return row.map(r -> new Stored(decrypt(r), r.version()));
    }

    /**
     * Runs {@code work} in a new transaction holding the location's row lock, with the pair as stored now
     * (empty when there is none); another thread or process calling this for the same location waits.
     */
    public <T> T underLock(String locationId, Function<Optional<Stored>, T> work) {
        return ownTransaction.execute(status -> work.apply(
                lockAndRead(locationId).map(row -> new Stored(decrypt(row), row.version()))));
    }

    /** Replaces the pair if it is still at {@code expectedVersion}; false when someone else replaced it first. */
    public boolean replace(TokenGrant grant, long expectedVersion) {
        Object[] values = values(grant);
        return jdbc.update("UPDATE SYNC_GHL_TOKEN SET ACCESS_TOKEN = ?, REFRESH_TOKEN = ?, EXPIRES_AT = ?, SCOPES = ?, "
                        + "KEY_ID = ?, VERSION = VERSION + 1, UPDATED_AT = ? WHERE LOCATION_ID = ? AND VERSION = ?",
                values[0], values[1], values[2], values[3], values[4], values[5], values[6], expectedVersion) == 1;
    }

    /** Forgets the location's pair (after a revocation). */
    public boolean delete(String locationId) {
        return ownTransaction.execute(status -> jdbc.update("DELETE FROM SYNC_GHL_TOKEN WHERE LOCATION_ID = ?", locationId)) == 1;
    }

    private Optional<Row> lockAndRead(String locationId) {
        // the UPDATE takes the row's write lock in HSQLDB (MVCC) and PostgreSQL alike, held until commit
        int rows = jdbc.update("UPDATE SYNC_GHL_TOKEN SET LOCKED_AT = ? WHERE LOCATION_ID = ?", now(), locationId);
        return rows == 0 ? Optional.empty() : read(locationId);
    }

    private Optional<Row> read(String locationId) {
        List<Row> rows = jdbc.query("SELECT * FROM SYNC_GHL_TOKEN WHERE LOCATION_ID = ?", OAuthTokenStore::row, locationId);
        return rows.stream().findFirst();
    }

    private Object[] values(TokenGrant grant) {
        String location = grant.locationId();
        return new Object[] {cipher.encrypt(grant.accessToken(), location + "/access"),
                cipher.encrypt(grant.refreshToken(), location + "/refresh"),
                grant.expiresAt().atOffset(ZoneOffset.UTC), String.join(" ", grant.scopes()), cipher.key().id(), now(), location};
    }

    private TokenGrant decrypt(Row row) {
        TokenCipher key = previousCipher != null && row.keyId().equals(previousCipher.key().id()) ? previousCipher : cipher;
        if (!row.keyId().equals(key.key().id())) {
            throw new IllegalStateException("The stored GHL tokens of location " + row.locationId() + " were encrypted with key "
                    + row.keyId() + ", but credentials.key is " + cipher.key().id()
                    + ": set the old key as CREDENTIALS_PREVIOUS_KEY, or run 'auth ghl' again");
        }
        return new TokenGrant(row.locationId(), key.decrypt(row.accessToken(), row.locationId() + "/access"),
                key.decrypt(row.refreshToken(), row.locationId() + "/refresh"), row.expiresAt().toInstant(),
                Arrays.stream(row.scopes().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private record Row(String locationId, String accessToken, String refreshToken, OffsetDateTime expiresAt, String scopes,
                       String keyId, long version) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString("LOCATION_ID"), rs.getString("ACCESS_TOKEN"), rs.getString("REFRESH_TOKEN"),
                rs.getObject("EXPIRES_AT", OffsetDateTime.class), rs.getString("SCOPES"), rs.getString("KEY_ID"),
                rs.getLong("VERSION"));
    }
}
