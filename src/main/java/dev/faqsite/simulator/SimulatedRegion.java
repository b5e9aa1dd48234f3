package dev.faqsite.simulator;

import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.Region;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated regional API site on its own loopback port. It answers the probe like the real API: 200 with a small
 * JSON list for a key it knows, 401 {@code {"error": "Invalid API key"}} otherwise; every answer after its latency.
 */
public final class SimulatedRegion {

    static final String PROBE = KeyCheckConfig.DEFAULT_PROBE_PATH;
    static final String PATH = PROBE.substring(0, PROBE.indexOf('?'));
    static final String KEY_HEADER = KeyCheckConfig.DEFAULT_KEY_HEADER;
    private static final String EXCHANGES = "[{\"exchange_id\":\"BINANCE\",\"website\":\"https://www.binance.com/\",\"name\":\"Binance\"}]";
    private static final long HOLD_MINUTES = 10;
    private static final int SLOW_BYTES = 600;
    private static final long SLOW_INTERVAL_MS = 200;

    private final DemoRegion config;
    private final DemoKeys keys;
    private final ServerConnector connector;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Fault fault = Fault.none();

    SimulatedRegion(DemoRegion config, DemoKeys keys, ServerConnector connector) {
        this.config = config;
        this.keys = keys;
        this.connector = connector;
    }

    /** How the checker sees this region: its loopback address, the API's probe and key header. */
    public Region region() {
        return new Region(config.id(), config.label(), config.location(), URI.create("http://127.0.0.1:" + port()), PROBE, KEY_HEADER);
    }

    public String id() {
        return config.id();
    }

    public int port() {
        return connector.getLocalPort() > 0 ? connector.getLocalPort() : connector.getPort();
    }

    /** When a key issued at {@code issuedAt} becomes valid here. */
    public Instant readyAt(Instant issuedAt) {
        return issuedAt.plus(config.propagationDelay());
    }

    /** Requests received so far, whatever they were. */
    public int requests() {
        return requests.get();
    }

    /** Shows {@code fault} from now on; {@link Fault#none()} clears it. */
    public synchronized void inject(Fault next) throws Exception {
        Fault previous = fault;
        fault = next;
        boolean refuse = next.kind() == Fault.Kind.CONNECTION_REFUSED;
        boolean refused = previous.kind() == Fault.Kind.CONNECTION_REFUSED;
        if (refuse && !refused) {
            connector.stop();
        } else if (!refuse && refused) {
            connector.start();
        }
    }

    /** Keeps the port it got at start, so that a region whose connections were refused comes back where it was. */
    void pinPort() {
        connector.setPort(connector.getLocalPort());
    }

    boolean handle(Request request, Response response, Callback callback) {
        requests.incrementAndGet();
        Fault current = fault;
        Scheduler scheduler = request.getComponents().getScheduler();
        if (current.kind() == Fault.Kind.TIMEOUT) {
            scheduler.schedule(() -> callback.failed(new TimeoutException("simulated region never answers")), HOLD_MINUTES, TimeUnit.MINUTES);
            return true;
        }
        scheduler.schedule(() -> answer(request, response, callback, current), config.latency().toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    private void answer(Request request, Response response, Callback callback, Fault current) {
        if (!request.getMethod().equals("GET")) {
            json(response, callback, 405, "{\"error\":\"Method not allowed\"}");
            return;
        }
        if (!Request.getPathInContext(request).equals(PATH)) {
            json(response, callback, 404, "{\"error\":\"Not found\"}");
            return;
        }
        String key = request.getHeaders().get(KEY_HEADER);
        boolean valid = key != null && keys.issuedAt(key).map(at -> !keys.clock().instant().isBefore(readyAt(at))).orElse(false);
        switch (current.kind()) {
            case STATUS -> json(response, callback, current.status(), "{\"error\":\"Simulated answer " + current.status() + "\"}");
            case RATE_LIMITED -> {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(current.retryAfter().toSeconds()));
                json(response, callback, 429, "{\"error\":\"Too many requests\"}");
            }
            case REDIRECT -> {
                response.getHeaders().put(HttpHeader.LOCATION, current.location().toString());
                json(response, callback, 302, "{}");
            }
            case UNEXPECTED_BODY -> {
                response.setStatus(valid ? 200 : 401);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                Content.Sink.write(response, true, "<!doctype html><title>Portal</title><script>alert('x')</script>"
                        + "<p>Your key " + key + " needs a login.</p>", callback);
            }
            case ECHOING_ERROR -> json(response, callback, 401, "{\"error\":\"Invalid API key: " + (key == null ? "" : key.replaceAll("[\"\\\\]", ""))
                    + "\"}");
            case SLOW_BODY -> {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                trickle(request, response, callback, SLOW_BYTES);
            }
            default -> {
                if (valid) {
                    response.getHeaders().put("X-RateLimit-Limit", "100000");
                    response.getHeaders().put("X-RateLimit-Remaining", "99999");
                    response.getHeaders().put("X-RateLimit-Request-Cost", "1");
                    json(response, callback, 200, EXCHANGES);
                } else {
                    json(response, callback, 401, "{\"error\":\"Invalid API key\"}");
                }
            }
        }
    }

    private void trickle(Request request, Response response, Callback callback, int left) {
        if (left == 0) {
            Content.Sink.write(response, true, "[]", callback);
            return;
        }
        ByteBuffer space = ByteBuffer.wrap(" ".getBytes(StandardCharsets.US_ASCII));
        response.write(false, space, Callback.from(() -> request.getComponents().getScheduler().schedule(
                () -> trickle(request, response, callback, left - 1), SLOW_INTERVAL_MS, TimeUnit.MILLISECONDS), callback::failed));
    }

    private static void json(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, body, callback);
    }
}
