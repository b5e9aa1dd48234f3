package dev.faqsite.propagation;

import dev.faqsite.model.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one region its probe: {@code GET} of the configured URL with the key in the configured header, and nothing a
 * client sent in the URL. The HTTP client connects within the connect timeout and never follows redirects; the whole
 * exchange, body included, is cancelled when the total timeout is up, and at most {@value #BODY_LIMIT} bytes of the
 * body are read.
 */
final class RegionProber {

    static final int BODY_LIMIT = 16 * 1024;
    static final String USER_AGENT = "faqsite-keycheck/0.1";
    private static final Logger LOG = LoggerFactory.getLogger(RegionProber.class);

    private final HttpClient client;
    private final Duration total;
    private final ScheduledExecutorService timer;
    private final Clock clock;

    RegionProber(HttpClient client, Duration total, ScheduledExecutorService timer, Clock clock) {
        this.client = client;
        this.total = total;
        this.timer = timer;
        this.clock = clock;
    }

    /** Completes normally whatever happens: a failure is a result too. */
    CompletableFuture<RegionResult> probe(Region region, ApiKey key, int attempt) {
        Instant checkedAt = clock.instant();
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(region.probeUri())
                .GET()
                .timeout(total)
                .header(region.keyHeader(), key.reveal())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .build();
        AtomicBoolean answering = new AtomicBoolean();
        CompletableFuture<HttpResponse<UpstreamBody>> exchange;
        try {
            exchange = client.sendAsync(request, info -> {
                answering.set(true);
                return new LimitedBody(BODY_LIMIT);
            });
        } catch (RuntimeException e) {
            exchange = CompletableFuture.failedFuture(e);
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<HttpResponse<UpstreamBody>> running = exchange;
        // HttpRequest.timeout covers the wait for the headers only: this bounds the body as well
        ScheduledFuture<?> deadline = timer.schedule(() -> {
            timedOut.set(true);
            running.cancel(true);
        }, total.toMillis(), TimeUnit.MILLISECONDS);
        return exchange.handle((response, failure) -> {
            deadline.cancel(false);
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            if (failure != null || response == null) {
                Classification c = Classifier.failure(failure == null ? new IllegalStateException("no response") : failure,
                        timedOut.get(), answering.get(), total);
                return new RegionResult(region, c.outcome(), OptionalInt.empty(), latency, checkedAt, attempt, c.note(),
                        Optional.empty(), Optional.empty(), true);
            }
            Classification c = Classifier.answer(response.statusCode(), response.headers().firstValue("Retry-After"),
                    response.body(), clock.instant());
            if (c.outcome() == Outcome.PROBE_ERROR) {
                // a bug of the checker or its config: worth an operator's attention; the URL never holds the key
                LOG.warn("key check: region {} answered HTTP {} to GET {} for key {}: {}", region.id(), response.statusCode(),
                        region.probeUri(), key.fingerprint(), c.note());
            }
            return new RegionResult(region, c.outcome(), OptionalInt.of(response.statusCode()), latency, checkedAt, attempt,
                    c.note(), response.body().message(key), c.retryAfter(), true);
        });
    }
}
