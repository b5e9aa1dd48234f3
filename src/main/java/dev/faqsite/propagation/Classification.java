package dev.faqsite.propagation;

import java.time.Duration;
import java.util.Optional;

/**
 * What a region's answer means.
 *
 * @param outcome    the region's outcome
 * @param note       one sentence for the reader that explains it; empty when the words say it all
 * @param retryAfter how long the region asked us to wait before asking again (429 with {@code Retry-After})
 */
public record Classification(Outcome outcome, String note, Optional<Duration> retryAfter) {

    static Classification of(Outcome outcome, String note) {
        return new Classification(outcome, note, Optional.empty());
    }
}
