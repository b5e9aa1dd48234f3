package dev.faqsite.limits;

/**
 * One rate limit: a token bucket of {@code perMinute} tokens, refilled evenly over a minute — that many requests at
 * once, then one every {@code 60 s / perMinute}.
 *
 * @param name what is limited, e.g. {@code votes}: buckets of different limits never mix, and metrics name it
 */
public record Limit(String name, int perMinute) {

    public Limit {
        if (!name.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("a limit's name is lowercase words with hyphens: " + name);
        }
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request a minute: " + name + " " + perMinute);
        }
    }
}
