package dev.faqsite.ratings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates and upgrades the ratings schema when the server starts. Each migration has a version; those not yet in
 * {@code faqsite_schema} are applied in order, together, in one transaction: a failed upgrade leaves the database as
 * it was. The same statements run on SQLite and PostgreSQL (types both understand; times as epoch milliseconds).
 */
public final class Migrations {

    /** One step of the schema, never edited once released: a change is a new step. */
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> ALL = List.of(
            new Migration(1, "votes, one per page version and voter", List.of("""
                    CREATE TABLE votes (
                        page            TEXT     NOT NULL,
                        content_version TEXT     NOT NULL,
                        voter           TEXT     NOT NULL,
                        score           SMALLINT NOT NULL CHECK (score BETWEEN 1 AND 5),
                        reasons         TEXT     NOT NULL DEFAULT '',
                        comment         TEXT     NOT NULL DEFAULT '',
                        voted_at        BIGINT   NOT NULL,
                        PRIMARY KEY (page, content_version, voter)
                    )""",
                    "CREATE INDEX votes_with_comment ON votes (voted_at) WHERE comment <> ''")));

    /** The schema version this faqsite writes. */
    public static final int LATEST = ALL.get(ALL.size() - 1).version();

    private Migrations() {
    }

    /**
     * @return the version the database had before
     * @throws SQLException also when the database was migrated by a newer faqsite, which this one must not write to
     */
    public static int apply(Connection connection, Database database) throws SQLException {
        return apply(connection, database, ALL);
    }

    static int apply(Connection connection, Database database, List<Migration> migrations) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CREATE TABLE IF NOT EXISTS faqsite_schema (version INTEGER PRIMARY KEY, "
                    + "description TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            connection.setAutoCommit(false);
            try {
                database.lockSchema(statement);
                int current = current(statement);
                int latest = migrations.get(migrations.size() - 1).version();
                if (current > latest) {
                    throw new SQLException("the ratings database has schema version " + current + " but this faqsite knows "
                            + "versions up to " + latest + ": it was upgraded by a newer faqsite; run that one");
                }
                for (Migration migration : migrations) {
                    if (migration.version() > current) {
                        for (String sql : migration.statements()) {
                            statement.execute(sql);
                        }
                        try (PreparedStatement record = connection.prepareStatement(
                                "INSERT INTO faqsite_schema (version, description, applied_at) VALUES (?, ?, ?)")) {
                            record.setInt(1, migration.version());
                            record.setString(2, migration.description());
                            record.setLong(3, System.currentTimeMillis());
                            record.executeUpdate();
                        }
                    }
                }
                connection.commit();
                return current;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int current(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM faqsite_schema")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
