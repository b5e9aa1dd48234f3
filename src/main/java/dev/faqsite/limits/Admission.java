package dev.faqsite.limits;

import java.time.Duration;

/**
 * Whether a request may go ahead, and when refused, how long until it may.
 *
 * @param retryAfter zero when allowed
 */
public record Admission(boolean allowed, Duration retryAfter) {

    static final Admission ALLOWED = new Admission(true, Duration.ZERO);

    static Admission refused(long nanos) {
        return new Admission(false, Duration.ofNanos(Math.max(1, nanos)));
    }

    /** Whole seconds, rounded up, at least 1, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
