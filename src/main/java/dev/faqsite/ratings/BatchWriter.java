package dev.faqsite.ratings;

import dev.faqsite.model.FeedbackReason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The one thread that writes votes. It commits whatever votes arrived while the previous commit was running in one
 * transaction (group commit): a vote is acknowledged only after its transaction committed, yet a commit — and with
 * {@code synchronous=FULL} an fsync — is shared by every vote waiting for it. A single writer is also what SQLite
 * wants: no writer ever waits for another's lock.
 */
final class BatchWriter implements AutoCloseable {

    /** Votes waiting beyond this are refused at once (the server answers 503) rather than queued without bound. */
    static final int QUEUE_CAPACITY = 10_000;
    static final int MAX_BATCH = 500;

    static final String UPSERT = """
            INSERT INTO votes (page, content_version, voter, score, reasons, comment, voted_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (page, content_version, voter) DO UPDATE SET
                score = excluded.score, reasons = excluded.reasons, comment = excluded.comment, voted_at = excluded.voted_at""";

    private record Pending(Vote vote, CompletableFuture<Void> done) {
    }

    private final Database database;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private volatile boolean closing;
    private Connection connection;

    BatchWriter(Database database) {
        this.database = database;
        this.thread = new Thread(this::run, "faqsite-ratings-writer");
        this.thread.setDaemon(false);
        this.thread.start();
    }

    synchronized CompletableFuture<Void> submit(Vote vote) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closing) {
            done.completeExceptionally(new IllegalStateException("the ratings store is closing"));
        } else if (!queue.offer(new Pending(vote, done))) {
            done.completeExceptionally(new IllegalStateException("too many votes are waiting to be stored"));
        }
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                closing = true;
            } finally {
                batch.clear();
            }
        }
        closeConnection();
    }

    private void write(List<Pending> batch) {
        try {
            commit(batch);
            batch.forEach(p -> p.done().complete(null));
        } catch (SQLException e) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(e);
            } else {
                // one bad vote must not sink the others: store each alone, so that only the faulty one fails
                for (Pending pending : batch) {
                    try {
                        commit(List.of(pending));
                        pending.done().complete(null);
                    } catch (SQLException alone) {
                        pending.done().completeExceptionally(alone);
                    }
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    private void commit(List<Pending> batch) throws SQLException {
        Connection c = connection();
        // a transaction per batch, and autocommit between batches: sqlite-jdbc begins the next IMMEDIATE transaction
        // right after a commit, which would hold SQLite's write lock while idle and lock out a report or a second server
        c.setAutoCommit(false);
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            for (Pending pending : batch) {
                Vote vote = pending.vote();
                upsert.setString(1, vote.page());
                upsert.setString(2, vote.contentVersion());
                upsert.setString(3, vote.voter());
                upsert.setInt(4, vote.score());
                upsert.setString(5, reasons(vote));
                upsert.setString(6, vote.comment());
                upsert.setLong(7, vote.votedAt().toEpochMilli());
                upsert.addBatch();
            }
            upsert.executeBatch();
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            rollbackOrDrop(c);
            throw e;
        }
    }

    /** Reason ids in their fixed order, comma-separated. */
    static String reasons(Vote vote) {
        return vote.reasons().stream().sorted().map(FeedbackReason::id).collect(Collectors.joining(","));
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = database.open();
        }
        return connection;
    }

    /** After a failure the connection may be broken (the database restarted): open a new one for the next batch. */
    private void rollbackOrDrop(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
            if (c.isValid(2)) {
                return;
            }
        } catch (SQLException ignored) {
            // dropped below
        }
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing left to do with it
            }
            connection = null;
        }
    }

    /** Stops taking votes and returns once every vote already taken was written. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true; // under the lock of submit: no vote is queued after the writer saw the queue empty
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
