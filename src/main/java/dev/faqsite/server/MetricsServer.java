package dev.faqsite.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;

/**
 * The metrics on a port of their own ({@code serve --metrics-port}), for a Prometheus that scrapes over a network
 * readers do not reach: nothing else is served there, and it needs no token.
 */
public final class MetricsServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private MetricsServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    public static MetricsServer start(String host, int port, Operations operations) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("faqsite-metrics");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new SecurityHeaders(MetricsEndpoint.open(operations)));
        server.setErrorHandler(new PlainErrors());
        server.start();
        return new MetricsServer(server, connector);
    }

    /** e.g. {@code http://127.0.0.1:9464/metrics} */
    public URI uri() {
        return URI.create("http://" + SiteServer.authority(connector) + MetricsEndpoint.PATH);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
