package dev.faqsite.server;

import dev.faqsite.ratings.VoteStore;
import org.slf4j.Logger;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs an outage (the database failing every vote) as two lines — when it begins, with the first failure, and when it
 * ends, with how many failed meanwhile — instead of one line per request, which would bury everything else.
 */
final class OutageLog {

    private final Logger log;
    private final String what;
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicLong failures = new AtomicLong();

    /** @param what the operation, as in "cannot store a vote" */
    OutageLog(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    void failed(Throwable failure) {
        failures.incrementAndGet();
        if (failing.compareAndSet(false, true)) {
            log.error("{}: {} (further failures are counted, not logged, until it works again)", what, VoteStore.StoreException.describe(failure));
        }
    }

    void succeeded() {
        if (failing.get() && failing.compareAndSet(true, false)) {
            log.warn("{}: works again, after {} failures", what, failures.getAndSet(0));
        }
    }
}
