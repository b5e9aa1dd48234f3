package dev.faqsite.ratings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many votes one client may send: a token bucket per client address holding up to a minute's allowance, refilled
 * evenly. Addresses are kept in memory only while their bucket is not full again, never stored.
 */
public final class VoteRateLimiter {

    /** Above this many tracked clients, full buckets are forgotten (they would allow the next vote anyway). */
    static final int SWEEP_ABOVE = 10_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    /**
     * Whether a vote may go ahead.
     *
     * @param retryAfterSeconds when it may not: how long until it may, rounded up, at least 1
     */
    public record Admission(boolean allowed, long retryAfterSeconds) {
    }

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    private final class Bucket {
        private double tokens = perMinute;
        private long updated;

        Bucket(long now) {
            updated = now;
        }

        synchronized Admission take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Admission(true, 0);
            }
            double nanosPerToken = (double) NANOS_PER_MINUTE / perMinute;
            long wait = (long) Math.ceil((1 - tokens) * nanosPerToken / 1e9);
            return new Admission(false, Math.max(1, wait));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (now - updated) * (double) perMinute / NANOS_PER_MINUTE);
            updated = now;
        }
    }

    public VoteRateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    VoteRateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("votes per minute must be at least 1: " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    public Admission admit(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE && now - lastSweep > 1_000_000_000L) {
            // at most once a second, so that many clients at once cost one pass a second, not one per vote
            lastSweep = now;
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    /** How many clients are tracked now. */
    int tracked() {
        return buckets.size();
    }
}
