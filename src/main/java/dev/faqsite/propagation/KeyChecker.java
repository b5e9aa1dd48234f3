package dev.faqsite.propagation;

import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Checks a key in every region at once. Each region is probed independently with its own time limits, and reported to
 * the listener the moment it completes, so a slow region never delays the others. A global cap on probes in flight
 * keeps a burst of checks from turning the server into a load generator.
 */
public final class KeyChecker implements AutoCloseable {

    /** How long a busy checker asks clients to wait. */
    static final Duration BUSY_RETRY = Duration.ofSeconds(2);
    /** A session's first check is trusted from the client only this far back. */
    private static final Duration LONGEST_SESSION = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(KeyChecker.class);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final List<Region> regions;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final ScheduledThreadPoolExecutor timer;
    private final RegionProber prober;
    private final RetryAfterBook waits;
    private final Advisor advisor;
    private final Clock clock;

    /**
     * @param regions    the regions to probe: the configured ones, or the simulated ones in demo mode
     * @param supportUrl where the advice sends readers when waiting no longer helps
     */
    public KeyChecker(List<Region> regions, KeyCheckConfig config, String supportUrl, Clock clock) {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a key check needs at least one region");
        }
        this.regions = List.copyOf(regions);
        this.maxInFlight = config.limits().maxProbesInFlight();
        this.inFlight = new Semaphore(maxInFlight);
        this.clock = clock;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "faqsite-keycheck-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeouts().connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.prober = new RegionProber(client, config.timeouts().total(), timer, clock);
        this.waits = new RetryAfterBook(clock);
        this.advisor = new Advisor(config.answers(), supportUrl);
    }

    public List<Region> regions() {
        return regions;
    }

    /** Whether a check could start or the server is at its cap of probes in flight. */
    public sealed interface Start {
        /** @param report completes, never exceptionally, once every region has a result */
        record Started(CompletableFuture<CheckReport> report) implements Start {
        }

        /** @param retryAfter how long to wait before asking again */
        record Busy(Duration retryAfter) implements Start {
        }
    }

    /**
     * Starts a check.
     *
     * @param attempt      which check of the reader's session this is, from 1
     * @param firstCheckAt when the session's first check was, as this server said; empty for a first check
     * @param onResult     told of each region's result as soon as it is known, from any thread
     */
    public Start check(ApiKey key, int attempt, Optional<Instant> firstCheckAt, Consumer<RegionResult> onResult) {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        List<Region> due = regions.stream().filter(r -> waits.notBefore(key, r).isEmpty()).toList();
        if (!inFlight.tryAcquire(due.size())) {
            return new Start.Busy(BUSY_RETRY);
        }
        List<CompletableFuture<RegionResult>> parts = new ArrayList<>(regions.size());
        for (Region region : regions) {
            CompletableFuture<RegionResult> part;
            if (due.contains(region)) {
                part = prober.probe(region, key, attempt).whenComplete((r, e) -> inFlight.release());
            } else {
                part = CompletableFuture.completedFuture(notAsked(region, key, attempt, started));
            }
            parts.add(part.thenApply(result -> {
                result.retryAfter().filter(wait -> result.probed()).ifPresent(wait -> waits.record(key, region, clock.instant().plus(wait)));
                tell(onResult, result);
                return result;
            }));
        }
        Instant first = firstCheckAt.filter(t -> !t.isAfter(started) && t.isAfter(started.minus(LONGEST_SESSION))).orElse(started);
        CompletableFuture<CheckReport> report = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<RegionResult> results = parts.stream().map(CompletableFuture::join).toList();
            Verdict verdict = Verdict.of(results);
            Duration since = Duration.between(first, started);
            Optional<Duration> retryAfter = results.stream().flatMap(r -> r.retryAfter().stream()).max(Comparator.naturalOrder());
            return new CheckReport(attempt, key.fingerprint(), first, started, Duration.ofNanos(System.nanoTime() - startedNanos),
                    results, verdict, advisor.advise(verdict, results, since, regions.get(0).keyHeader()), retryAfter);
        });
        return new Start.Started(report);
    }

    /** Probes running now, across all checks. */
    public int probesInFlight() {
        return maxInFlight - inFlight.availablePermits();
    }

    private RegionResult notAsked(Region region, ApiKey key, int attempt, Instant now) {
        Instant until = waits.notBefore(key, region).orElse(now);
        return new RegionResult(region, Outcome.RATE_LIMITED, OptionalInt.of(429), Duration.ZERO, now, attempt,
                "Not asked again yet: at its last answer (HTTP 429) the region asked us to wait until " + CLOCK_TIME.format(until) + ".",
                Optional.empty(), Optional.of(Duration.between(now, until)), false);
    }

    private static void tell(Consumer<RegionResult> onResult, RegionResult result) {
        try {
            onResult.accept(result);
        } catch (RuntimeException e) {
            // a listener that fails (a client gone away) must not stop the others or the report
            LOG.debug("key check listener failed for region {}: {}", result.region().id(), e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
