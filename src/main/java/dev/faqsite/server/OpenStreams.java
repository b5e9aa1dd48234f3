package dev.faqsite.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Server-Sent Event streams open now: counted for the metrics, and ended with a {@code shutdown} event when the
 * server stops, so that a page knows to check again later instead of reporting a broken connection.
 */
final class OpenStreams {

    /** The last event of a stream cut short by a shutdown; the checker's page shows the message and checks again. */
    record Shutdown(String message, long retryAfterSeconds) {
    }

    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();

    void opened(EventStream stream) {
        open.add(stream);
    }

    void closed(EventStream stream) {
        open.remove(stream);
    }

    int size() {
        return open.size();
    }

    /** Waits until every stream has ended by itself, or {@code millis} have passed; true when none is left. */
    boolean awaitEmpty(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (!open.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return open.isEmpty();
    }

    /** Ends every stream still open with a {@code shutdown} event. */
    void endAll(Shutdown event) {
        for (EventStream stream : Set.copyOf(open)) {
            stream.finish("shutdown", event);
        }
    }
}
