package dev.faqsite.server;

import dev.faqsite.limits.Admission;
import dev.faqsite.limits.Limit;
import dev.faqsite.limits.RateLimits;

/** Rate limits whose refusals are counted in the metrics, by the limit's name (never the subject). */
final class CountedRateLimits implements RateLimits {

    private final RateLimits limits;
    private final ServerMetrics metrics;

    CountedRateLimits(RateLimits limits, ServerMetrics metrics) {
        this.limits = limits;
        this.metrics = metrics;
    }

    @Override
    public Admission take(Limit limit, String subject) {
        Admission admission = limits.take(limit, subject);
        if (!admission.allowed()) {
            metrics.rateLimited(limit.name());
        }
        return admission;
    }

    @Override
    public String describe() {
        return limits.describe();
    }

    @Override
    public void close() {
        limits.close();
    }
}
