package dev.faqsite.jbake;

import java.util.concurrent.Semaphore;

/**
 * JBake keeps its content store, document types, model extractors and markup engines in static state, so two bakes
 * in one JVM would corrupt each other. This is the one place that serialises them. A permit, not a lock: a watch
 * session holds it from the thread that opened it until another thread closes it.
 */
final class JBakeGuard {

    private static final Semaphore PERMIT = new Semaphore(1, true);

    private JBakeGuard() {
    }

    static void acquire() throws InterruptedException {
        PERMIT.acquire();
    }

    static void release() {
        PERMIT.release();
    }
}
