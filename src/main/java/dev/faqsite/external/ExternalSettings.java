package dev.faqsite.external;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How external links are fetched.
 *
 * @param cacheFile     where answers are remembered between runs
 * @param cacheTtl      how long a good answer is trusted before the link is fetched again
 * @param concurrency   requests in flight at once, over all hosts
 * @param perHost       requests in flight at once to one host
 * @param timeout       per request: connecting, and waiting for the response's headers
 * @param retries       further tries after a 429 or a 5xx answer
 * @param backoff       the wait before the first retry, doubled for each next one (unless Retry-After says more)
 * @param maxRetryAfter the longest Retry-After honoured; a server asking for more is reported as rate-limiting
 * @param maxRedirects  redirects followed before giving up
 */
public record ExternalSettings(Path cacheFile, Duration cacheTtl, int concurrency, int perHost, Duration timeout,
                               int retries, Duration backoff, Duration maxRetryAfter, int maxRedirects) {

    public ExternalSettings {
        if (concurrency < 1 || perHost < 1 || retries < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("concurrency and perHost must be at least 1, retries and redirects not negative");
        }
    }

    /** What {@code check --external} uses: 8 at once, 2 per host, 10 s timeouts, 2 retries, a day's cache. */
    public static ExternalSettings defaults(Path cacheFile, Duration cacheTtl) {
        return new ExternalSettings(cacheFile, cacheTtl, 8, 2, Duration.ofSeconds(10), 2, Duration.ofMillis(500),
                Duration.ofSeconds(30), 5);
    }
}
