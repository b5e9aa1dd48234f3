package dev.faqsite.server;

import dev.faqsite.propagation.CheckReport;
import dev.faqsite.propagation.RegionResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The server's metrics, in Prometheus's text format (Micrometer). Tags are fixed words — a verdict, a region id, an
 * outcome, a limit's name, a reason — never a key, a fingerprint, a voter id, a page's comment or a client address.
 * docs/operations.md explains each one.
 */
public final class ServerMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        gc.bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // counters that must read 0 before their first event, so that a dashboard's rate() sees them start
        storedVotes();
        for (String operation : new String[]{"vote-write", "vote-read", "dashboard", "readiness"}) {
            databaseErrors(operation);
        }
    }

    private Counter storedVotes() {
        return Counter.builder("faqsite.votes.stored").description("Votes committed to the database").register(registry);
    }

    private Counter databaseErrors(String operation) {
        return Counter.builder("faqsite.database.errors").description("Database operations that failed, by operation")
                .tag("operation", operation).register(registry);
    }

    /** A finished key check: its verdict, and each region's outcome and probe latency. */
    void check(CheckReport report) {
        Counter.builder("faqsite.key.checks").description("Key checks answered, by verdict")
                .tag("verdict", report.verdict().kind().id()).register(registry).increment();
        for (RegionResult result : report.results()) {
            String region = result.region().id();
            Counter.builder("faqsite.probe.outcomes").description("Region probes, by region and outcome")
                    .tag("region", region).tag("outcome", result.outcome().id()).register(registry).increment();
            if (result.probed()) {
                Timer.builder("faqsite.probe.latency").description("Time from sending a probe to the end of the region's answer")
                        .tag("region", region).publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(5))
                        .maximumExpectedValue(Duration.ofSeconds(30)).register(registry).record(result.latency());
            }
        }
    }

    void voteStored() {
        storedVotes().increment();
    }

    /** @param reason the error word of the answer: invalid, cross_site, too_many_votes, unavailable … */
    void voteRefused(String reason) {
        Counter.builder("faqsite.votes.refused").description("Votes answered with an error, by reason")
                .tag("reason", reason).register(registry).increment();
    }

    /** @param limit the limit's name: votes, checks-per-client, checks-per-key, demo-keys, admin-attempts */
    void rateLimited(String limit) {
        Counter.builder("faqsite.rate.limit.refusals").description("Requests refused by a rate limit, by limit")
                .tag("limit", limit).register(registry).increment();
    }

    /** @param operation what failed: vote-write, vote-read, dashboard, readiness */
    void databaseError(String operation) {
        databaseErrors(operation).increment();
    }

    /** Counts the Server-Sent Event streams open now. */
    void openStreams(Supplier<Number> count) {
        Gauge.builder("faqsite.sse.streams.open", count).description("Server-Sent Event streams open now").register(registry);
    }

    /** Everything, in the Prometheus text format. */
    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
