package dev.faqsite.server;

import java.time.Duration;

/**
 * How the site's server listens and treats its connections.
 *
 * @param host            address to bind: loopback unless the operator decides otherwise
 * @param port            0 for any free port
 * @param requestDeadline the longest a client may take to send a request's headers and body ({@link SlowClients})
 * @param idleTimeout     a connection that sends and receives nothing this long is closed
 */
public record ServerOptions(String host, int port, Duration requestDeadline, Duration idleTimeout) {

    public static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    public static ServerOptions of(String host, int port) {
        return new ServerOptions(host, port, REQUEST_DEADLINE, IDLE_TIMEOUT);
    }

    public ServerOptions withRequestDeadline(Duration deadline) {
        return new ServerOptions(host, port, deadline, idleTimeout);
    }
}
