package dev.faqsite.server;

import dev.faqsite.limits.RateLimits;

/**
 * What an operator watches and controls across the server's parts: the metrics they all count into, the event
 * streams a shutdown must end, and whether the server is stopping (then {@code /readyz} says so, so that a load
 * balancer sends no more readers here). One per server.
 */
public final class Operations implements AutoCloseable {

    private final ServerMetrics metrics = new ServerMetrics();
    private final OpenStreams streams = new OpenStreams();
    private volatile boolean stopping;

    public Operations() {
        metrics.openStreams(streams::size);
    }

    ServerMetrics metrics() {
        return metrics;
    }

    OpenStreams streams() {
        return streams;
    }

    boolean stopping() {
        return stopping;
    }

    void stop() {
        stopping = true;
    }

    /** {@code limits} with every refusal counted in the metrics, by limit. */
    public RateLimits counted(RateLimits limits) {
        return new CountedRateLimits(limits, metrics);
    }

    /** The metrics in Prometheus's text format. */
    public String scrape() {
        return metrics.scrape();
    }

    @Override
    public void close() {
        metrics.close();
    }
}
