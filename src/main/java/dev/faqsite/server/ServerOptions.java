package dev.faqsite.server;

import java.time.Duration;
import java.util.Optional;

/**
 * How the site's server listens and treats its connections.
 *
 * @param host            address to bind: loopback unless the operator decides otherwise
 * @param port            0 for any free port
 * @param requestDeadline the longest a client may take to send a request's headers and body ({@link SlowClients})
 * @param idleTimeout     a connection that sends and receives nothing this long is closed
 * @param accessLog       where the JSON access log goes: a file, or {@code -} for standard output; empty for none
 * @param trustProxy      behind a reverse proxy: the access log's client address is the last {@code X-Forwarded-For}
 */
public record ServerOptions(String host, int port, Duration requestDeadline, Duration idleTimeout, Optional<String> accessLog,
                            boolean trustProxy) {

    public static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    public static ServerOptions of(String host, int port) {
        return new ServerOptions(host, port, REQUEST_DEADLINE, IDLE_TIMEOUT, Optional.empty(), false);
    }

    public ServerOptions withRequestDeadline(Duration deadline) {
        return new ServerOptions(host, port, deadline, idleTimeout, accessLog, trustProxy);
    }

    public ServerOptions withAccessLog(Optional<String> target, boolean proxied) {
        return new ServerOptions(host, port, requestDeadline, idleTimeout, target, proxied);
    }
}
