package dev.faqsite.server;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for a request's headers and body. The idle timeout closes a connection that sends nothing; a client that
 * sends one byte a second is never idle and would hold a connection (and a thread's worth of state) for as long as it
 * likes. So each connection is looked at once per {@code deadline}: one that received bytes during a whole period
 * without a new request coming in is trickling a request in, and is closed. Nothing the site serves needs longer: no
 * request header is more than a few KiB and no API body more than 16 KiB.
 */
final class SlowClients implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(SlowClients.class);

    private final Scheduler scheduler;
    private final long deadlineMillis;

    SlowClients(Scheduler scheduler, Duration deadline) {
        this.scheduler = scheduler;
        this.deadlineMillis = deadline.toMillis();
    }

    @Override
    public void onOpened(Connection connection) {
        watch(connection, connection.getMessagesIn(), connection.getBytesIn());
    }

    private void watch(Connection connection, long messages, long bytes) {
        scheduler.schedule(() -> check(connection, messages, bytes), deadlineMillis, TimeUnit.MILLISECONDS);
    }

    private void check(Connection connection, long messagesBefore, long bytesBefore) {
        if (!connection.getEndPoint().isOpen()) {
            return;
        }
        long messages = connection.getMessagesIn();
        long bytes = connection.getBytesIn();
        if (messages == messagesBefore && bytes > bytesBefore) {
            LOG.debug("closing a connection that took more than {} ms to send a request", deadlineMillis);
            connection.getEndPoint().close();
            return;
        }
        watch(connection, messages, bytes);
    }
}
