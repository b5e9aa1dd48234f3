package dev.faqsite.propagation;

import dev.faqsite.limits.Admission;
import dev.faqsite.limits.Limit;
import dev.faqsite.limits.RateLimits;
import dev.faqsite.model.KeyCheckConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides whether a check may run: each probe costs the reader about one API credit, so one client address and one
 * key get only so many checks a minute, whoever asks. The cap on probes in flight is the {@link KeyChecker}'s. The
 * buckets are wherever {@code limits} keeps them: in memory, or shared by every instance.
 */
public final class CheckGate {

    /** Why a request was refused, and when to come back. */
    public record Refusal(String message, Duration retryAfter) {

        /** Whole seconds, rounded up, as {@code Retry-After} wants them. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final RateLimits limits;
    private final Limit perClient;
    private final Limit perKey;
    private final Limit demoKeys;

    public CheckGate(KeyCheckConfig.Limits config, RateLimits limits) {
        this.limits = limits;
        this.perClient = new Limit("checks-per-client", config.checksPerClientPerMinute());
        this.perKey = new Limit("checks-per-key", config.checksPerKeyPerMinute());
        this.demoKeys = new Limit("demo-keys", config.demoKeysPerClientPerMinute());
    }

    /** @param client the client's address, as the connection says */
    public Optional<Refusal> admitCheck(String client, ApiKey key) {
        Admission byClient = limits.take(perClient, client);
        if (!byClient.allowed()) {
            return Optional.of(new Refusal("Too many checks from your address: wait a little before checking again.", byClient.retryAfter()));
        }
        Admission byKey = limits.take(perKey, key.digest());
        return byKey.allowed() ? Optional.empty() : Optional.of(new Refusal(
                "This key was checked many times in the last minute: wait a little before checking it again, to spare its credits.",
                byKey.retryAfter()));
    }

    public Optional<Refusal> admitDemoKey(String client) {
        Admission admission = limits.take(demoKeys, client);
        return admission.allowed() ? Optional.empty()
                : Optional.of(new Refusal("Too many demo keys from your address: wait a little.", admission.retryAfter()));
    }
}
