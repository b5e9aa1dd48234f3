package dev.faqsite.render;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

/**
 * JBake keeps its content store, document types, model extractors and markup engines in static state, so two bakes
 * in one JVM would corrupt each other. This is the one place that serialises them.
 */
final class JBakeGuard {

    private static final ReentrantLock LOCK = new ReentrantLock();

    private JBakeGuard() {
    }

    static <T> T exclusively(Callable<T> bake) throws Exception {
        LOCK.lock();
        try {
            return bake.call();
        } finally {
            LOCK.unlock();
        }
    }
}
