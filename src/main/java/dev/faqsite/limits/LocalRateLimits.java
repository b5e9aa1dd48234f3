package dev.faqsite.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets in this process's memory. A subject (an address) is kept only while its bucket is not full again: above
 * {@link #PRUNE_ABOVE} tracked subjects, full buckets — which would allow the next request anyway — are dropped, at
 * most once a second so that many clients cost one pass a second, not one per request.
 */
public final class LocalRateLimits implements RateLimits {

    static final int PRUNE_ABOVE = 10_000;

    private record Key(Limit limit, String subject) {
    }

    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;
    private volatile long lastPrune;

    public LocalRateLimits(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    public Admission take(Limit limit, String subject) {
        long now = time.currentTimeNanos();
        if (buckets.size() > PRUNE_ABOVE && now - lastPrune > 1_000_000_000L) {
            lastPrune = now;
            buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= e.getKey().limit().perMinute());
        }
        Bucket bucket = buckets.computeIfAbsent(new Key(limit, subject), k -> bucket(limit, time));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Admission.ALLOWED : Admission.refused(probe.getNanosToWaitForRefill());
    }

    static Bucket bucket(Limit limit, TimeMeter time) {
        return Bucket.builder().addLimit(b -> b.capacity(limit.perMinute()).refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                .withCustomTimePrecision(time).build();
    }

    /** How many buckets are kept now. */
    int tracked() {
        return buckets.size();
    }

    @Override
    public String describe() {
        return "in memory (this instance only)";
    }

    @Override
    public void close() {
        buckets.clear();
    }
}
