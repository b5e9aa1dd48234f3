package dev.faqsite.propagation;

import dev.faqsite.model.Region;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per key and region, until when a region asked us (with 429 and {@code Retry-After}) not to ask again, so
 * that no client — a quick "Check now", a script calling the API — can make the checker ignore it. Keys are held by
 * their digest only; entries are dropped once passed.
 */
final class RetryAfterBook {

    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Instant> until = new ConcurrentHashMap<>();
    private final Clock clock;

    RetryAfterBook(Clock clock) {
        this.clock = clock;
    }

    void record(ApiKey key, Region region, Instant notBefore) {
        if (until.size() > PRUNE_ABOVE) {
            Instant now = clock.instant();
            until.values().removeIf(t -> !t.isAfter(now));
        }
        until.merge(entry(key, region), notBefore, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The time before which the region must not be asked about the key again, if that is still to come. */
    Optional<Instant> notBefore(ApiKey key, Region region) {
        Instant t = until.get(entry(key, region));
        return t != null && t.isAfter(clock.instant()) ? Optional.of(t) : Optional.empty();
    }

    private static String entry(ApiKey key, Region region) {
        return key.digest() + "|" + region.id();
    }
}
