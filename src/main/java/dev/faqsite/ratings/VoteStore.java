package dev.faqsite.ratings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Where votes are kept. {@link JdbcVoteStore} is the one implementation, for SQLite and PostgreSQL alike. */
public interface VoteStore extends AutoCloseable {

    /**
     * Stores a vote, replacing the voter's earlier vote on the same version of the page.
     *
     * @return completes once the vote is committed, and only then may it be acknowledged; completes exceptionally when
     * it could not be stored (the database failed, or the store is overloaded or closing)
     */
    CompletableFuture<Void> record(Vote vote);

    /** A voter's vote on one version of a page, so that a returning reader sees it; nobody else's. */
    Optional<StoredVote> find(String page, String contentVersion, String voter) throws StoreException;

    /** How each version of each page was rated. */
    List<VersionTally> tallies() throws StoreException;

    /** The latest comments, newest first, on the given pages or, when empty, on any page. */
    List<RecentComment> recentComments(Optional<Set<String>> pages, int limit) throws StoreException;

    /** Returns when the database answers a trivial query; for the server's readiness. */
    void ping() throws StoreException;

    /** Where the votes are, for the server's start-up line; never a password. */
    String describe();

    /** Stops taking votes, commits those already taken, releases the database. */
    @Override
    void close();

    /** A vote as stored. */
    record StoredVote(int score, List<String> reasons, String comment, Instant votedAt) {
        public StoredVote {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The votes on one version of one page.
     *
     * @param counts  votes per score: index 0 holds the 1s, index 4 the 5s
     * @param reasons how often each reason (by id) was ticked
     * @param first   the first vote on this version
     * @param last    the latest vote on this version
     */
    record VersionTally(String page, String contentVersion, List<Integer> counts, Map<String, Integer> reasons, Instant first,
                        Instant last) {
        public VersionTally {
            counts = List.copyOf(counts);
            reasons = Map.copyOf(reasons);
        }
    }

    /** A comment for the dashboard: stored as written, so whoever shows it escapes it. */
    record RecentComment(String page, String contentVersion, int score, List<String> reasons, String comment, Instant votedAt) {
        public RecentComment {
            reasons = List.copyOf(reasons);
        }
    }

    /** The database could not be read. */
    final class StoreException extends Exception {
        private static final long serialVersionUID = 1L;

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }

        /**
         * The innermost cause's class and message: the database's own words, not the statement with its values (a
         * batch's own exception only says which statement failed; the driver's reason is its next exception).
         */
        public static String describe(Throwable failure) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof java.sql.BatchUpdateException batch && batch.getNextException() != null) {
                cause = batch.getNextException();
            }
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }
}
