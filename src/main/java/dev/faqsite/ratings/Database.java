package dev.faqsite.ratings;

import dev.faqsite.model.RatingsConfig.Durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where votes are kept. The two databases share every statement; they differ only in how a connection is opened and
 * how the schema is locked while it is migrated.
 */
public sealed interface Database permits Database.Sqlite, Database.Postgres {

    Connection open() throws SQLException;

    /** For the server's start-up line, e.g. {@code SQLite data/ratings.db (synchronous=NORMAL)}; never a password. */
    String describe();

    /** Called first in the migration's transaction, so that two servers starting at once migrate one after the other. */
    void lockSchema(Statement statement) throws SQLException;

    /**
     * A SQLite file in WAL mode: readers never wait for the writer, and a committed vote survives a crash of the
     * process with NORMAL, and power loss too with FULL.
     */
    record Sqlite(Path file, Durability durability) implements Database {

        public static final String FILE_NAME = "ratings.db";

        /** The database in a data folder, created when missing. */
        public static Sqlite in(Path dataDir, Durability durability) throws IOException {
            Files.createDirectories(dataDir);
            return new Sqlite(dataDir.resolve(FILE_NAME).toAbsolutePath().normalize(), durability);
        }

        @Override
        public Connection open() throws SQLException {
            // busy_timeout: readers and a second process wait for the lock instead of failing; IMMEDIATE: a write
            // transaction takes the lock when it begins, so read-then-write never deadlocks
            return DriverManager.getConnection("jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous="
                    + durability.name().toLowerCase(Locale.ROOT) + "&busy_timeout=5000&transaction_mode=IMMEDIATE");
        }

        @Override
        public String describe() {
            return "SQLite " + file + " (synchronous=" + durability + ")";
        }

        @Override
        public void lockSchema(Statement statement) {
            // the IMMEDIATE transaction already holds SQLite's write lock
        }
    }

    /**
     * A PostgreSQL database; user and password may also be part of the URL.
     *
     * @param timeout the longest one statement may run (PostgreSQL's {@code statement_timeout}, which also bounds waits
     *                for locks); the socket gives up a little later, should the server not answer at all. A hung
     *                database then fails a vote (503) instead of holding the writer and every reader.
     */
    record Postgres(String url, Optional<String> user, Optional<String> password, Duration timeout) implements Database {

        public static final Duration TIMEOUT = Duration.ofSeconds(5);

        public Postgres(String url, Optional<String> user, Optional<String> password) {
            this(url, user, password, TIMEOUT);
        }

        @Override
        public Connection open() throws SQLException {
            Properties properties = new Properties();
            user.ifPresent(u -> properties.setProperty("user", u));
            password.ifPresent(p -> properties.setProperty("password", p));
            properties.setProperty("ApplicationName", "faqsite");
            properties.setProperty("connectTimeout", Long.toString(Math.max(1, timeout.toSeconds())));
            properties.setProperty("socketTimeout", Long.toString(timeout.toSeconds() + 5));
            properties.setProperty("options", "-c statement_timeout=" + timeout.toMillis());
            // errors without the server's detail (a row's values: a voter id, a comment), which end up in the log
            properties.setProperty("logServerErrorDetail", "false");
            return DriverManager.getConnection(url, properties);
        }

        @Override
        public String describe() {
            int query = url.indexOf('?');
            return "PostgreSQL " + (query < 0 ? url : url.substring(0, query)) + user.map(u -> " as " + u).orElse("");
        }

        @Override
        public void lockSchema(Statement statement) throws SQLException {
            statement.execute("LOCK TABLE faqsite_schema IN EXCLUSIVE MODE");
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
