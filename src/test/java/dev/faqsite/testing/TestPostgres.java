package dev.faqsite.testing;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The PostgreSQL server named by {@value #URL_ENV} ({@code .ci/run} starts one and sets it), with a schema of its own
 * per test class so that classes never see each other's tables. Without the variable or the server the test is
 * reported skipped with the reason; on CI it fails instead.
 */
public final class TestPostgres {

    public static final String URL_ENV = "FAQSITE_TEST_POSTGRES_URL";

    private TestPostgres() {
    }

    /** A JDBC URL whose tables live in {@code schema}, emptied first. */
    public static String freshSchema(String schema) {
        String url = System.getenv(URL_ENV);
        if (url == null || url.isBlank()) {
            unavailable("PostgreSQL tests skipped: set " + URL_ENV + ", e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/faqsite_test?user=faqsite&password=faqsite (bash .ci/run sets it up)");
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            unavailable("PostgreSQL tests skipped: cannot prepare schema " + schema + ": " + e.getMessage());
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void unavailable(String reason) {
        if (System.getenv("CI") != null) {
            fail(reason);
        }
        Assumptions.abort(reason);
    }
}
