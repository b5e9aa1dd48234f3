package dev.faqsite.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo keys issued so far, shared by every simulated region: each region accepts a key once its own propagation
 * delay has passed since the key was issued. Bounded and forgetful, since anyone may create demo keys.
 */
public final class DemoKeys {

    /** A demo key, and when it was issued. */
    public record Issued(String key, Instant issuedAt) {
        @Override
        public String toString() {
            return "Issued[issuedAt=" + issuedAt + "]";
        }
    }

    static final int CAPACITY = 10_000;
    static final Duration LIFETIME = Duration.ofHours(24);

    private final Clock clock;
    private final Map<String, Instant> issued = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };

    public DemoKeys(Clock clock) {
        this.clock = clock;
    }

    /** A new random key (a UUID, like real keys), valid in each region after that region's delay. */
    public Issued issue() {
        return issue(UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT));
    }

    /** Issues a key chosen by a test, now. */
    public synchronized Issued issue(String key) {
        Instant now = clock.instant();
        issued.put(key, now);
        return new Issued(key, now);
    }

    /** When {@code key} was issued, if it was, and not too long ago. */
    public synchronized Optional<Instant> issuedAt(String key) {
        Instant at = issued.get(key);
        if (at == null) {
            return Optional.empty();
        }
        if (at.plus(LIFETIME).isBefore(clock.instant())) {
            issued.remove(key);
            return Optional.empty();
        }
        return Optional.of(at);
    }

    Clock clock() {
        return clock;
    }
}
