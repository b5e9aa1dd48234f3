package dev.faqsite.propagation;

import dev.faqsite.model.KeyCheckConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * When to check again: {@code first}, then twice as long each time up to {@code max}, each wait jittered by ±20 % so
 * that readers who started together do not all come back together; never sooner than a region's {@code Retry-After};
 * no more after {@code stopAfter} since the first check. (templates/assets/js/key-check.js follows the same rule.)
 */
public record Backoff(Duration first, Duration max, Duration stopAfter) {

    static final double JITTER = 0.2;

    public static Backoff of(KeyCheckConfig.Retry retry) {
        return new Backoff(retry.first(), retry.max(), retry.stopAfter());
    }

    /**
     * The wait before the next check, or empty to stop.
     *
     * @param checksDone  checks made so far, at least 1
     * @param sinceFirst  time since the first check started
     * @param retryAfter  the longest wait a region asked for at the last check
     * @param random      a number in [0, 1) for the jitter
     */
    public Optional<Duration> next(int checksDone, Duration sinceFirst, Optional<Duration> retryAfter, double random) {
        double base = first.toMillis() * Math.pow(2, Math.min(30, Math.max(0, checksDone - 1)));
        double capped = Math.min(base, max.toMillis());
        long jittered = Math.round(Math.min(max.toMillis(), capped * (1 - JITTER + 2 * JITTER * random)));
        Duration wait = Duration.ofMillis(jittered);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get();
        }
        return sinceFirst.plus(wait).compareTo(stopAfter) > 0 ? Optional.empty() : Optional.of(wait);
    }
}
