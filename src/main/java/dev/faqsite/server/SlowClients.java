package dev.faqsite.server;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for a request's headers and body. The idle timeout closes a connection that sends nothing; a client that
 * sends one byte a second is never idle and would hold a connection for as long as it likes. So each connection is
 * looked at every half {@code deadline}: one that received bytes during two looks in a row without a new request
 * coming in has been trickling a request for at least the deadline, and is closed. (One look would also catch a
 * request that merely straddles a look, its first bytes before and the rest after.) Nothing the site serves needs
 * longer: no request header is more than a few KiB and no API body more than 16 KiB.
 */
final class SlowClients implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(SlowClients.class);

    private final Scheduler scheduler;
    private final long periodMillis;

    SlowClients(Scheduler scheduler, Duration deadline) {
        this.scheduler = scheduler;
        this.periodMillis = Math.max(1, deadline.toMillis() / 2);
    }

    @Override
    public void onOpened(Connection connection) {
        watch(connection, connection.getMessagesIn(), connection.getBytesIn(), 0);
    }

    private void watch(Connection connection, long messages, long bytes, int strikes) {
        scheduler.schedule(() -> check(connection, messages, bytes, strikes), periodMillis, TimeUnit.MILLISECONDS);
    }

    private void check(Connection connection, long messagesBefore, long bytesBefore, int strikesBefore) {
        if (!connection.getEndPoint().isOpen()) {
            return;
        }
        long messages = connection.getMessagesIn();
        long bytes = connection.getBytesIn();
        int strikes = messages == messagesBefore && bytes > bytesBefore ? strikesBefore + 1 : 0;
        if (strikes >= 2) {
            LOG.debug("closing a connection that took more than {} ms to send a request", 2 * periodMillis);
            connection.getEndPoint().close();
            return;
        }
        watch(connection, messages, bytes, strikes);
    }
}
