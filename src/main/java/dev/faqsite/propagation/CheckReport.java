package dev.faqsite.propagation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A whole check: every region's result, the verdict and the advice.
 *
 * @param attempt      which check of the reader's session, from 1
 * @param fingerprint  the key's fingerprint, the only trace of the key a report carries
 * @param firstCheckAt when the reader's session of checks began (this check's start for the first one)
 * @param startedAt    when this check began
 * @param elapsed      how long this check took
 * @param results      one per region, in the configured order
 * @param verdict      what the results say together
 * @param advice       what to do about it
 * @param retryAfter   the longest wait any region asked for; the next check should not come sooner
 */
public record CheckReport(int attempt, String fingerprint, Instant firstCheckAt, Instant startedAt, Duration elapsed,
                          List<RegionResult> results, Verdict verdict, List<Advice> advice, Optional<Duration> retryAfter) {

    public CheckReport {
        results = List.copyOf(results);
        advice = List.copyOf(advice);
    }
}
