package dev.faqsite.server;

import dev.faqsite.limits.RateLimits;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The metrics in Prometheus's text format: at {@value #ADMIN_PATH} on the site's port behind the admin token (as the
 * dashboard), or at {@value #PATH} on a port of their own ({@link MetricsServer}) that only the monitoring network
 * reaches.
 */
public final class MetricsEndpoint extends Handler.Abstract {

    public static final String ADMIN_PATH = "/admin/metrics";
    public static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Operations operations;
    private final String path;
    private final Optional<AdminGate> gate;

    private MetricsEndpoint(Operations operations, String path, Optional<AdminGate> gate) {
        this.operations = operations;
        this.path = path;
        this.gate = gate;
    }

    /** On the site's port, behind the admin token; off (403) without one. */
    public static Mount guarded(Operations operations, Optional<String> adminToken, RateLimits limits, boolean trustProxy) {
        return new Mount(ADMIN_PATH, new MetricsEndpoint(operations, ADMIN_PATH,
                Optional.of(new AdminGate(adminToken, operations.counted(limits), trustProxy))));
    }

    /** On a port of their own: open to whoever reaches the port. */
    static MetricsEndpoint open(Operations operations) {
        return new MetricsEndpoint(operations, PATH, Optional.empty());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Request.getPathInContext(request).equals(path)) {
            Replies.error(response, callback, HttpStatus.NOT_FOUND_404, "not_found", null, "the metrics are at " + path);
            return true;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Replies.error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "method_not_allowed", null, "use GET");
            return true;
        }
        if (gate.isPresent()) {
            AdminGate.Decision decision = gate.get().check(request);
            switch (decision.verdict()) {
                case NO_TOKEN_CONFIGURED -> {
                    Replies.error(response, callback, HttpStatus.FORBIDDEN_403, "off", null,
                            "no admin token is configured: set FAQSITE_ADMIN_TOKEN, or serve the metrics on their own port (--metrics-port)");
                    return true;
                }
                case UNAUTHORIZED -> {
                    response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, AdminGate.REALM);
                    Replies.error(response, callback, HttpStatus.UNAUTHORIZED_401, "unauthorized", null,
                            "send Authorization: Bearer <admin token>");
                    return true;
                }
                case TOO_MANY -> {
                    response.getHeaders().put(HttpHeader.RETRY_AFTER, decision.retryAfterSeconds());
                    Replies.error(response, callback, HttpStatus.TOO_MANY_REQUESTS_429, "too_many_attempts", null,
                            "too many attempts with a token from your address");
                    return true;
                }
                case ADMITTED -> {
                    // below
                }
            }
        }
        byte[] body = operations.scrape().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
