package dev.faqsite.ratings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Votes in a SQL database, SQLite or PostgreSQL through the same statements: one writer thread with group commit
 * ({@link BatchWriter}) and a few read connections. Opening it migrates the schema.
 */
public final class JdbcVoteStore implements VoteStore {

    private final Database database;
    private final BatchWriter writer;
    private final ReadConnections readers;

    private JdbcVoteStore(Database database) {
        this.database = database;
        this.writer = new BatchWriter(database);
        this.readers = new ReadConnections(database, 4);
    }

    /** Connects, creates or upgrades the schema, and starts the writer. */
    public static JdbcVoteStore open(Database database) throws StoreException {
        try (Connection connection = database.open()) {
            Migrations.apply(connection, database);
        } catch (SQLException e) {
            throw new StoreException("cannot open the ratings database (" + database.describe() + "): " + e.getMessage(), e);
        }
        return new JdbcVoteStore(database);
    }

    @Override
    public CompletableFuture<Void> record(Vote vote) {
        return writer.submit(vote);
    }

    @Override
    public Optional<StoredVote> find(String page, String contentVersion, String voter) throws StoreException {
        return read("read a vote", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT score, reasons, comment, voted_at FROM votes WHERE page = ? AND content_version = ? AND voter = ?")) {
                select.setString(1, page);
                select.setString(2, contentVersion);
                select.setString(3, voter);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new StoredVote(row.getInt(1), reasons(row.getString(2)), row.getString(3),
                            Instant.ofEpochMilli(row.getLong(4))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<VersionTally> tallies() throws StoreException {
        return read("count the votes", c -> {
            Map<List<String>, Integer[]> counts = new LinkedHashMap<>();
            Map<List<String>, long[]> times = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT page, content_version, score, COUNT(*), MIN(voted_at), "
                    + "MAX(voted_at) FROM votes GROUP BY page, content_version, score ORDER BY page, content_version, score");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<String> key = List.of(rows.getString(1), rows.getString(2));
                    Integer[] perScore = counts.computeIfAbsent(key, k -> zeros());
                    perScore[rows.getInt(3) - 1] = rows.getInt(4);
                    long[] span = times.computeIfAbsent(key, k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
                    span[0] = Math.min(span[0], rows.getLong(5));
                    span[1] = Math.max(span[1], rows.getLong(6));
                }
            }
            Map<List<String>, Map<String, Integer>> reasons = reasonCounts(c);
            List<VersionTally> tallies = new ArrayList<>();
            counts.forEach((key, perScore) -> tallies.add(new VersionTally(key.get(0), key.get(1), Arrays.asList(perScore),
                    reasons.getOrDefault(key, Map.of()), Instant.ofEpochMilli(times.get(key)[0]), Instant.ofEpochMilli(times.get(key)[1]))));
            return tallies;
        });
    }

    private static Map<List<String>, Map<String, Integer>> reasonCounts(Connection c) throws SQLException {
        Map<List<String>, Map<String, Integer>> reasons = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT page, content_version, reasons, COUNT(*) FROM votes WHERE reasons <> '' GROUP BY page, content_version, reasons");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Map<String, Integer> perReason = reasons.computeIfAbsent(List.of(rows.getString(1), rows.getString(2)), k -> new TreeMap<>());
                for (String reason : reasons(rows.getString(3))) {
                    perReason.merge(reason, rows.getInt(4), Integer::sum);
                }
            }
        }
        return reasons;
    }

    @Override
    public List<RecentComment> recentComments(Optional<Set<String>> pages, int limit) throws StoreException {
        if (pages.isPresent() && pages.get().isEmpty()) {
            return List.of();
        }
        List<String> chosen = pages.map(List::copyOf).orElse(List.of());
        String filter = chosen.isEmpty() ? "" : " AND page IN (" + String.join(", ", Collections.nCopies(chosen.size(), "?")) + ")";
        return read("read the comments", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT page, content_version, score, reasons, comment, voted_at "
                    + "FROM votes WHERE comment <> ''" + filter + " ORDER BY voted_at DESC LIMIT ?")) {
                int at = 1;
                for (String page : chosen) {
                    select.setString(at++, page);
                }
                select.setInt(at, limit);
                List<RecentComment> comments = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        comments.add(new RecentComment(rows.getString(1), rows.getString(2), rows.getInt(3), reasons(rows.getString(4)),
                                rows.getString(5), Instant.ofEpochMilli(rows.getLong(6))));
                    }
                }
                return comments;
            }
        });
    }

    @Override
    public String describe() {
        return database.describe();
    }

    @Override
    public void ping() throws StoreException {
        read("reach the database", connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
            return null;
        });
    }

    @Override
    public void close() {
        writer.close();
        readers.close();
    }

    private <T> T read(String what, ReadConnections.Query<T> query) throws StoreException {
        try {
            return readers.read(query);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " (" + database.describe() + "): " + e.getMessage(), e);
        }
    }

    private static List<String> reasons(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    private static Integer[] zeros() {
        Integer[] zeros = new Integer[5];
        Arrays.fill(zeros, 0);
        return zeros;
    }
}
