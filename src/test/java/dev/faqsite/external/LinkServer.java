package dev.faqsite.external;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback, port 0, answering the ways external sites do: 200, redirects, 404, 410, 429 with
 * Retry-After, a 503 that recovers, a server too slow to answer. It records every request and how many ran at once.
 */
final class LinkServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Long> rateLimitedAt = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    LinkServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int mostInFlight() {
        return mostInFlight.get();
    }

    List<Long> rateLimitedAt() {
        return rateLimitedAt;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/ok", "/new-home" -> send(exchange, 200);
            case "/moved" -> redirect(exchange, 301, "/new-home");
            case "/temporary" -> redirect(exchange, 302, "/ok");
            case "/gone" -> send(exchange, 410);
            case "/rate-limited" -> {
                rateLimitedAt.add(System.nanoTime());
                if (hit == 1) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    send(exchange, 429);
                } else {
                    send(exchange, 200);
                }
            }
            case "/flaky" -> send(exchange, hit == 1 ? 503 : 200);
            case "/down" -> send(exchange, 503);
            case "/slow" -> {
                sleep(3000);
                send(exchange, 200);
            }
            default -> {
                if (path.startsWith("/busy/")) {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    sleep(150);
                    // counted out before the answer: the client sends its next request as soon as it has one
                    inFlight.decrementAndGet();
                    send(exchange, 200);
                } else {
                    send(exchange, 404);
                }
            }
        }
    }

    private static void redirect(HttpExchange exchange, int status, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        send(exchange, status);
    }

    private static void send(HttpExchange exchange, int status) throws IOException {
        byte[] body = ("<html><body>" + status + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
