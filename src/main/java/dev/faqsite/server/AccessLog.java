package dev.faqsite.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The access log ({@code serve --access-log FILE}, or {@code -} for standard output): one JSON object a line with the
 * time, method, path, status, duration and client address — nothing else of the request, so no header, no cookie, no
 * body. API paths are logged without their query string (a voter id, a page), and no key ever travels in a URL.
 */
final class AccessLog extends AbstractLifeCycle implements RequestLog {

    /** One line of the log. */
    record Line(String time, String method, String path, int status, long durationMs, String client) {
    }

    static final int MAX_PATH = 2048;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    private final PrintStream out;
    private final boolean ownStream;
    private final boolean trustProxy;

    private AccessLog(PrintStream out, boolean ownStream, boolean trustProxy) {
        this.out = out;
        this.ownStream = ownStream;
        this.trustProxy = trustProxy;
    }

    /** @param target a file to append to, or {@code -} for standard output */
    static AccessLog open(String target, boolean trustProxy) throws IOException {
        if (target.equals("-")) {
            return new AccessLog(System.out, false, trustProxy);
        }
        Path file = Path.of(target);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new AccessLog(new PrintStream(stream, false, StandardCharsets.UTF_8), true, trustProxy);
    }

    @Override
    public void log(Request request, Response response) {
        long nanos = System.nanoTime() - request.getBeginNanoTime();
        Line line = new Line(Instant.now().toString(), request.getMethod(), path(request), response.getStatus(),
                Math.max(0, nanos / 1_000_000), ClientAddress.of(request, trustProxy));
        try {
            String text = JSON.writeValueAsString(line);
            synchronized (out) {
                out.println(text);
                out.flush();
            }
        } catch (JsonProcessingException e) {
            LOG.warn("cannot write an access log line: {}", e.getOriginalMessage());
        }
    }

    /** The path as sent (still %-encoded), with the query only outside the APIs and the admin pages, shortened. */
    static String path(Request request) {
        String path = request.getHttpURI().getPath();
        String query = request.getHttpURI().getQuery();
        boolean api = path.startsWith("/api/") || path.startsWith("/admin/");
        String logged = query == null || api ? path : path + "?" + query;
        return logged.length() > MAX_PATH ? logged.substring(0, MAX_PATH) + "…" : logged;
    }

    /** Stopped with the server (a bean of it, as its request log): the file is closed. */
    @Override
    protected void doStop() {
        if (ownStream) {
            out.close();
        }
    }
}
