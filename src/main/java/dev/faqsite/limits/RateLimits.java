package dev.faqsite.limits;

/** Where the buckets are: in this process ({@link LocalRateLimits}) or in PostgreSQL for every instance ({@link SharedRateLimits}). */
public interface RateLimits extends AutoCloseable {

    /** Takes one token of {@code limit} for {@code subject} (a client address, a key's digest). */
    Admission take(Limit limit, String subject);

    /** For the server's start-up line: where the buckets are kept. */
    String describe();

    @Override
    void close();
}
