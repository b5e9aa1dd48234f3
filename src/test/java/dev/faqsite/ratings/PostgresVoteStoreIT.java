package dev.faqsite.ratings;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The same store on a real PostgreSQL server, named by {@value #URL_ENV} ({@code .ci/run} starts one and sets it).
 * Without it the tests are skipped, saying why; on CI they fail instead, so that a missing server is never mistaken
 * for a pass.
 */
class PostgresVoteStoreIT extends VoteStoreContract {

    static final String URL_ENV = "FAQSITE_TEST_POSTGRES_URL";
    private static Database.Postgres postgres;

    private static Optional<String> unavailable = Optional.empty();

    @BeforeAll
    static void connect() {
        String url = System.getenv(URL_ENV);
        if (url == null || url.isBlank()) {
            unavailable = Optional.of("PostgreSQL tests skipped: set " + URL_ENV + ", e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/faqsite_test?user=faqsite&password=faqsite (bash .ci/run sets it up)");
            return;
        }
        postgres = new Database.Postgres(url, Optional.empty(), Optional.empty());
        try (Connection connection = postgres.open()) {
            connection.isValid(5);
        } catch (SQLException e) {
            unavailable = Optional.of("PostgreSQL tests skipped: cannot connect to " + postgres.describe() + ": " + e.getMessage());
        }
    }

    /** Each test is reported skipped with the reason (in target/failsafe-reports), or fails on CI. */
    private static void requireServer() {
        unavailable.ifPresent(reason -> {
            if (System.getenv("CI") != null) {
                fail(reason);
            }
            Assumptions.abort(reason);
        });
    }

    @Override
    Database emptyDatabase() throws SQLException {
        requireServer();
        try (Connection connection = postgres.open(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS votes, faqsite_schema, half_done");
        }
        return postgres;
    }
}
