package dev.faqsite.ratings;

import dev.faqsite.limits.Admission;
import dev.faqsite.limits.Limit;
import dev.faqsite.limits.RateLimits;

/**
 * How many votes one client address may send: {@code perMinute} at once, then one every {@code 60 s / perMinute}.
 * The buckets are wherever {@code limits} keeps them: in memory (addresses forgotten once their bucket is full
 * again), or shared by every instance.
 */
public final class VoteRateLimiter {

    private final RateLimits limits;
    private final Limit votes;

    public VoteRateLimiter(RateLimits limits, int perMinute) {
        this.limits = limits;
        this.votes = new Limit("votes", perMinute);
    }

    public Admission admit(String client) {
        return limits.take(votes, client);
    }
}
