package dev.faqsite.propagation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per subject (a client address, a key's digest): {@code perMinute} requests at once, then one every
 * {@code 60 s / perMinute}. Refusals say how long until the next request would be allowed, for {@code Retry-After}.
 */
public final class RateLimiter {

    private static final int PRUNE_ABOVE = 50_000;

    private record Bucket(double tokens, long atMillis) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double perMilli;
    private final Clock clock;

    public RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request a minute");
        }
        this.capacity = perMinute;
        this.perMilli = perMinute / 60_000.0;
        this.clock = clock;
    }

    /** Takes a token for {@code subject}; when there is none, says how long until there is one. */
    public Optional<Duration> tryAcquire(String subject) {
        long now = clock.millis();
        if (buckets.size() > PRUNE_ABOVE) {
            prune(now);
        }
        double[] wait = {0};
        buckets.compute(subject, (s, bucket) -> {
            double tokens = bucket == null ? capacity : Math.min(capacity, bucket.tokens() + (now - bucket.atMillis()) * perMilli);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = (1 - tokens) / perMilli;
            return new Bucket(tokens, now);
        });
        return wait[0] > 0 ? Optional.of(Duration.ofMillis((long) Math.ceil(wait[0]))) : Optional.empty();
    }

    /** Full buckets carry no information: forget them. */
    private void prune(long now) {
        buckets.values().removeIf(b -> b.tokens() + (now - b.atMillis()) * perMilli >= capacity);
    }
}
