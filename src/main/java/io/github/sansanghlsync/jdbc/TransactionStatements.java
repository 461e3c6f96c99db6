package io.github.sansanghlsync.jdbc;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the link table's and the ledger's per-record statements on prepared statements kept for the
 * length of the current transaction (a chunk), so each SQL text is prepared once per chunk instead of
 * once per record: HSQLDB compiles a statement on every {@code prepareStatement}, which cost more than
 * running it. Outside a transaction it is plain {@link JdbcTemplate}.
 */
public final class TransactionStatements {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public TransactionStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return jdbc.query(sql, mapper, args);
        }
        return run(sql, statement -> {
            new ArgumentPreparedStatementSetter(args).setValues(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.mapRow(rs, rows.size()));
                }
            }
            return rows;
        });
    }

    public int update(String sql, Object... args) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return jdbc.update(sql, args);
        }
        return run(sql, statement -> {
            new ArgumentPreparedStatementSetter(args).setValues(statement);
            return statement.executeUpdate();
        });
    }

    private <T> T run(String sql, StatementWork<T> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Map<String, PreparedStatement> statements = cached(connection);
            PreparedStatement statement = statements.get(sql);
            if (statement == null || statement.isClosed()) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            return work.apply(statement);
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("TransactionStatements", sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The statements of this transaction's connection, closed when the transaction completes. */
    private Map<String, PreparedStatement> cached(Connection connection) {
        // keyed by the connection too: a REQUIRES_NEW transaction inside the chunk's has a connection (and a
        // completion) of its own
        Key key = new Key(this, connection);
        @SuppressWarnings("unchecked")
        Map<String, PreparedStatement> statements = (Map<String, PreparedStatement>) TransactionSynchronizationManager.getResource(key);
        if (statements == null) {
            Map<String, PreparedStatement> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    created.values().forEach(JdbcUtils::closeStatement);
                }
            });
            statements = created;
        }
        return statements;
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private record Key(TransactionStatements owner, Connection connection) {
    }
}
