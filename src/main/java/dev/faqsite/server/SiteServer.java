package dev.faqsite.server;

import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;

/**
 * The server {@code faqsite serve} runs: the static site and, mounted by later stages, the APIs.
 * Port 0 picks a free port (tests); {@link #uri()} tells which.
 */
public final class SiteServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SiteServer.class);

    private final Server server;
    private final ServerConnector connector;
    private final Operations operations;

    private SiteServer(Server server, ServerConnector connector, Operations operations) {
        this.server = server;
        this.connector = connector;
        this.operations = operations;
    }

    /**
     * @param host address to bind: loopback unless the operator decides otherwise
     * @param port 0 for any free port
     */
    public static SiteServer start(Path siteRoot, String host, int port) throws Exception {
        return start(siteRoot, host, port, List.of());
    }

    /** @param mounts the APIs served beside the site, by path prefix */
    public static SiteServer start(Path siteRoot, String host, int port, List<Mount> mounts) throws Exception {
        return start(siteRoot, host, port, mounts, null);
    }

    /**
     * @param liveReload in watch mode, the live-reload hub whose script is added to every page served; else null
     */
    public static SiteServer start(Path siteRoot, String host, int port, List<Mount> mounts, LiveReload liveReload)
            throws Exception {
        return start(siteRoot, ServerOptions.of(host, port), mounts, liveReload);
    }

    public static SiteServer start(Path siteRoot, ServerOptions options, List<Mount> mounts, LiveReload liveReload) throws Exception {
        return start(siteRoot, options, mounts, liveReload, new Operations());
    }

    /** @param operations the metrics, open event streams and shutdown state the mounted APIs share */
    public static SiteServer start(Path siteRoot, ServerOptions options, List<Mount> mounts, LiveReload liveReload,
                                   Operations operations) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("faqsite-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // no "Server: Jetty(12.x)" header and no version on error pages: nothing to look up vulnerabilities by
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        connector.addEventListener(new SlowClients(server.getScheduler(), options.requestDeadline()));
        server.addConnector(connector);
        Handler site = compressed(new StaticSite(siteRoot, liveReload != null));
        List<Mount> all = new java.util.ArrayList<>(mounts);
        if (liveReload != null) {
            site = new LiveReloadScript(siteRoot, site);
            all.add(liveReload.mount());
        }
        // GracefulHandler: on stop, requests under way may finish while new ones are refused (503)
        Handler handler = new GracefulHandler(new SecurityHeaders(new Routes(all, site)));
        server.setHandler(handler);
        server.setErrorHandler(new PlainErrors());
        if (options.accessLog().isPresent()) {
            server.setRequestLog(AccessLog.open(options.accessLog().get(), options.trustProxy()));
        }
        utf8(server.getMimeTypes());
        server.start();
        return new SiteServer(server, connector, operations);
    }

    /**
     * Pages, styles and scripts gzipped for clients that accept it. APIs are mounted outside it: a streamed response
     * (Server-Sent Events) must reach the client as it is written. The search index's fragments are gzip already.
     */
    private static Handler compressed(Handler site) {
        CompressionHandler compression = new CompressionHandler(site);
        compression.putCompression(new GzipCompression());
        compression.putConfiguration("/", CompressionConfig.builder().defaults()
                .compressExcludePath("*.pf_fragment").compressExcludePath("*.pf_index").compressExcludePath("*.pf_meta")
                .compressExcludePath("*.pagefind").build());
        return compression;
    }

    /** The site's text files are UTF-8, and say so: a browser must not guess another charset for a page. */
    private static void utf8(MimeTypes.Mutable types) {
        for (String[] mapping : new String[][]{{"html", "text/html"}, {"css", "text/css"}, {"js", "text/javascript"},
                {"mjs", "text/javascript"}, {"json", "application/json"}, {"xml", "application/xml"}, {"txt", "text/plain"},
                {"svg", "image/svg+xml"}}) {
            types.addMimeMapping(mapping[0], mapping[1] + ";charset=utf-8");
        }
    }

    /** e.g. {@code http://127.0.0.1:8080/} */
    public URI uri() {
        return URI.create("http://" + authority(connector) + "/");
    }

    /** {@code host:port} of a connector, the host in brackets when IPv6. */
    static String authority(ServerConnector connector) {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + connector.getLocalPort();
    }

    /**
     * Stops gracefully, within about {@code grace}: {@code /readyz} answers 503 at once, no new connection is
     * accepted, requests under way finish (a key check within its timeout, a vote once committed); event streams
     * still open near the end are ended with a {@code shutdown} event the checker's page understands. Then the
     * server stops; the caller closes the vote writer, which commits the votes already taken.
     */
    public void shutdown(Duration grace) throws Exception {
        operations.stop();
        server.setStopTimeout(grace.toMillis());
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("stopping the server: {}", e.toString());
            }
        });
        long streamsMillis = Math.max(0, grace.toMillis() - 1000);
        if (!operations.streams().awaitEmpty(streamsMillis)) {
            int open = operations.streams().size();
            operations.streams().endAll(new OpenStreams.Shutdown(
                    "The server is restarting: the check was not finished. It will be checked again in a moment.", 5));
            LOG.info("shutdown: ended {} event streams", open);
        }
        stopped.get(grace.toMillis() + 5000, TimeUnit.MILLISECONDS);
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
