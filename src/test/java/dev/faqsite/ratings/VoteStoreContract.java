package dev.faqsite.ratings;

import dev.faqsite.model.FeedbackReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every database behind {@link JdbcVoteStore} must do; run against a real SQLite file ({@link SqliteVoteStoreIT})
 * and a real PostgreSQL server ({@link PostgresVoteStoreIT}).
 */
abstract class VoteStoreContract {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    /** A database with no ratings tables in it. */
    abstract Database emptyDatabase() throws Exception;

    Database database;
    JdbcVoteStore store;

    @BeforeEach
    void open() throws Exception {
        database = emptyDatabase();
        store = JdbcVoteStore.open(database);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static Vote vote(String page, String version, String voter, int score, int second) {
        return new Vote(page, version, voter, score, Set.of(), "", T0.plusSeconds(second));
    }

    static String voter(int n) {
        return String.format("voter-%012d", n);
    }

    void record(Vote... votes) throws Exception {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Vote vote : votes) {
            done.add(store.record(vote));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    @Test
    void storesAVoteAndFindsItForItsVoterOnly() throws Exception {
        record(new Vote("/faq/a/one/", "v1", voter(1), 2, Set.of(FeedbackReason.CODE, FeedbackReason.UNCLEAR), "Step 3 fails", T0));
        assertEquals(Optional.of(new VoteStore.StoredVote(2, List.of("unclear", "code"), "Step 3 fails", T0)),
                store.find("/faq/a/one/", "v1", voter(1)));
        assertEquals(Optional.empty(), store.find("/faq/a/one/", "v1", voter(2)));
        assertEquals(Optional.empty(), store.find("/faq/a/two/", "v1", voter(1)));
    }

    @Test
    void replacesABrowsersEarlierVoteOnThePage() throws Exception {
        record(vote("/faq/a/one/", "v1", voter(1), 1, 0));
        record(new Vote("/faq/a/one/", "v1", voter(1), 4, Set.of(), "", T0.plusSeconds(60)));
        assertEquals(4, store.find("/faq/a/one/", "v1", voter(1)).orElseThrow().score());
        assertEquals(List.of(0, 0, 0, 1, 0), store.tallies().get(0).counts());
    }

    @Test
    void startsAFreshSeriesWhenThePageIsRewritten() throws Exception {
        record(vote("/faq/a/one/", "v1", voter(1), 1, 0), vote("/faq/a/one/", "v2", voter(1), 5, 10));
        assertEquals(1, store.find("/faq/a/one/", "v1", voter(1)).orElseThrow().score());
        assertEquals(5, store.find("/faq/a/one/", "v2", voter(1)).orElseThrow().score());
        assertEquals(List.of("v1", "v2"), store.tallies().stream().map(VoteStore.VersionTally::contentVersion).toList());
    }

    @Test
    void talliesEachScoreAndReasonPerPageVersion() throws Exception {
        record(new Vote("/faq/a/one/", "v1", voter(1), 1, Set.of(FeedbackReason.UNCLEAR), "", T0),
                new Vote("/faq/a/one/", "v1", voter(2), 1, Set.of(FeedbackReason.UNCLEAR, FeedbackReason.CODE), "", T0.plusSeconds(5)),
                vote("/faq/a/one/", "v1", voter(3), 5, 9),
                vote("/faq/b/two/", "v7", voter(1), 3, 2));
        List<VoteStore.VersionTally> tallies = store.tallies();
        assertEquals(2, tallies.size());
        VoteStore.VersionTally one = tallies.get(0);
        assertEquals("/faq/a/one/", one.page());
        assertEquals(List.of(2, 0, 0, 0, 1), one.counts());
        assertEquals(Map.of("unclear", 2, "code", 1), one.reasons());
        assertEquals(T0, one.first());
        assertEquals(T0.plusSeconds(9), one.last());
        assertEquals(List.of(0, 0, 1, 0, 0), tallies.get(1).counts());
    }

    @Test
    void keepsCommentsAsWrittenAndListsTheNewestFirst() throws Exception {
        String hostile = "<script>alert('x')</script> \"quoted\" & 😀\nsecond line; DROP TABLE votes; --";
        record(new Vote("/faq/a/one/", "v1", voter(1), 1, Set.of(), "older", T0),
                new Vote("/faq/b/two/", "v1", voter(2), 2, Set.of(FeedbackReason.INACCURATE), hostile, T0.plusSeconds(60)),
                vote("/faq/a/one/", "v1", voter(3), 5, 120));
        List<VoteStore.RecentComment> all = store.recentComments(Optional.empty(), 10);
        assertEquals(List.of(hostile, "older"), all.stream().map(VoteStore.RecentComment::comment).toList());
        assertEquals(List.of("inaccurate"), all.get(0).reasons());
        assertEquals(List.of("older"), store.recentComments(Optional.of(Set.of("/faq/a/one/")), 10).stream()
                .map(VoteStore.RecentComment::comment).toList());
        assertEquals(1, store.recentComments(Optional.empty(), 1).size());
        assertEquals(List.of(), store.recentComments(Optional.of(Set.of()), 10));
    }

    @Test
    void storesEveryVoteFromManyThreadsExactlyOnce() throws Exception {
        int threads = 16;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> sent = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            sent.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    // every voter votes twice on its page: the second vote must replace the first
                    Vote first = vote("/faq/a/p" + (i % 7) + "/", "v1", voter(thread * 1000 + i), 1, i);
                    Vote second = vote(first.page(), "v1", first.voter(), 1 + (i % 5), i + 1);
                    store.record(first).join();
                    store.record(second).join();
                }
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(threads * each, store.tallies().stream().mapToInt(t -> t.counts().stream().mapToInt(Integer::intValue).sum()).sum());
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < each; i += 13) {
                assertEquals(1 + (i % 5), store.find("/faq/a/p" + (i % 7) + "/", "v1", voter(t * 1000 + i)).orElseThrow().score());
            }
        }
    }

    @Test
    void commitsTheVotesAlreadyTakenWhenClosed() throws Exception {
        for (int i = 0; i < 300; i++) {
            store.record(vote("/faq/a/one/", "v1", voter(i), 3, i));
        }
        store.close();
        store = JdbcVoteStore.open(database);
        assertEquals(List.of(0, 0, 300, 0, 0), store.tallies().get(0).counts());
    }

    @Test
    void letsAReportOpenTheDatabaseWhileTheServerIsStoringVotes() throws Exception {
        record(vote("/faq/a/one/", "v1", voter(1), 4, 0));
        long started = System.nanoTime();
        try (JdbcVoteStore report = JdbcVoteStore.open(database)) {
            assertEquals(List.of(0, 0, 0, 1, 0), report.tallies().get(0).counts());
        }
        assertTrue(System.nanoTime() - started < 3_000_000_000L, "the idle writer must not hold the write lock");
        record(vote("/faq/a/one/", "v1", voter(2), 5, 1));
    }

    @Test
    void keepsVotesAcrossRestartsAndMigratesTheSchemaOnce() throws Exception {
        record(vote("/faq/a/one/", "v1", voter(1), 4, 0));
        store.close();
        store = JdbcVoteStore.open(database);
        assertEquals(4, store.find("/faq/a/one/", "v1", voter(1)).orElseThrow().score());
        assertEquals(List.of(Migrations.LATEST), schemaVersions());
    }

    @Test
    void refusesADatabaseUpgradedByANewerFaqsite() throws Exception {
        store.close();
        execute("INSERT INTO faqsite_schema (version, description, applied_at) VALUES (99, 'from the future', 0)");
        VoteStore.StoreException e = assertThrows(VoteStore.StoreException.class, () -> JdbcVoteStore.open(database));
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains("newer faqsite"), e.getMessage());
        store = JdbcVoteStore.open(emptyDatabase());
    }

    @Test
    void appliesANewMigrationAndRollsBackOneThatFails() throws Exception {
        List<Migrations.Migration> next = new ArrayList<>(Migrations.ALL);
        next.add(new Migrations.Migration(Migrations.LATEST + 1, "broken", List.of(
                "CREATE TABLE half_done (id INTEGER)", "THIS IS NOT SQL")));
        try (Connection connection = database.open()) {
            assertThrows(SQLException.class, () -> Migrations.apply(connection, database, next));
        }
        assertEquals(List.of(Migrations.LATEST), schemaVersions());
        next.set(next.size() - 1, new Migrations.Migration(Migrations.LATEST + 1, "works", List.of(
                "CREATE TABLE half_done (id INTEGER)", "ALTER TABLE votes ADD COLUMN locale TEXT NOT NULL DEFAULT ''")));
        try (Connection connection = database.open()) {
            assertEquals(Migrations.LATEST, Migrations.apply(connection, database, next));
        }
        assertEquals(List.of(Migrations.LATEST, Migrations.LATEST + 1), schemaVersions());
        record(vote("/faq/a/one/", "v1", voter(1), 4, 0));
    }

    List<Integer> schemaVersions() throws SQLException {
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM faqsite_schema ORDER BY version")) {
            List<Integer> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
            return versions;
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
