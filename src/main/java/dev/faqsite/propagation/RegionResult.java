package dev.faqsite.propagation;

import dev.faqsite.model.Region;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One region's part of a check.
 *
 * @param region          which region
 * @param outcome         what its answer means
 * @param httpStatus      the status it answered, when it answered
 * @param latency         from sending the probe to the end of the answer (zero when not probed)
 * @param checkedAt       when the probe was sent
 * @param attempt         which check of the reader's session this is, counted by the client from 1
 * @param note            one sentence explaining the outcome; may be empty
 * @param upstreamMessage the region's own error text, cleaned and with the key redacted
 * @param retryAfter      how long the region asked us to wait before asking again
 * @param probed          false when the region was not asked again because its {@code Retry-After} had not passed
 */
public record RegionResult(Region region, Outcome outcome, OptionalInt httpStatus, Duration latency, Instant checkedAt,
                           int attempt, String note, Optional<String> upstreamMessage, Optional<Duration> retryAfter,
                           boolean probed) {
}
