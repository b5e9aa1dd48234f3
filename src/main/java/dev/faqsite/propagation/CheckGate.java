package dev.faqsite.propagation;

import dev.faqsite.model.KeyCheckConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides whether a check may run: each probe costs the reader about one API credit, so one client address and one
 * key get only so many checks a minute, whoever asks. The cap on probes in flight is the {@link KeyChecker}'s.
 */
public final class CheckGate {

    /** Why a request was refused, and when to come back. */
    public record Refusal(String message, Duration retryAfter) {

        /** Whole seconds, rounded up, as {@code Retry-After} wants them. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final RateLimiter perClient;
    private final RateLimiter perKey;
    private final RateLimiter demoKeys;

    public CheckGate(KeyCheckConfig.Limits limits, Clock clock) {
        this.perClient = new RateLimiter(limits.checksPerClientPerMinute(), clock);
        this.perKey = new RateLimiter(limits.checksPerKeyPerMinute(), clock);
        this.demoKeys = new RateLimiter(limits.demoKeysPerClientPerMinute(), clock);
    }

    /** @param client the client's address, as the connection says */
    public Optional<Refusal> admitCheck(String client, ApiKey key) {
        Optional<Duration> wait = perClient.tryAcquire(client);
        if (wait.isPresent()) {
            return Optional.of(new Refusal("Too many checks from your address: wait a little before checking again.", wait.get()));
        }
        return perKey.tryAcquire(key.digest()).map(w -> new Refusal(
                "This key was checked many times in the last minute: wait a little before checking it again, to spare its credits.", w));
    }

    public Optional<Refusal> admitDemoKey(String client) {
        return demoKeys.tryAcquire(client).map(w -> new Refusal("Too many demo keys from your address: wait a little.", w));
    }
}
