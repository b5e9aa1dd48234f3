package dev.faqsite.testing;

import dev.faqsite.build.BuildResult;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.server.KeyCheckService;
import dev.faqsite.server.SiteServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.simulator.RegionSimulator;
import dev.faqsite.simulator.SimulatedRegion;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The site's server on a free loopback port with the key checker mounted, over simulated regions: what
 * {@code faqsite serve} runs in demo mode. Remembers every answer it was given, for tests that search them.
 */
public final class CheckerServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyCheckService service;
    private final SiteServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<HttpResponse<String>> answers = new ArrayList<>();

    private CheckerServer(KeyCheckService service, SiteServer server) {
        this.service = service;
        this.server = server;
    }

    /**
     * Builds the fixture site {@code name} into {@code out} and serves it with the checker its {@code site.yml}
     * configures, changed by {@code adjust} (e.g. lower limits).
     */
    public static CheckerServer build(String name, Path out, UnaryOperator<KeyCheckConfig> adjust) throws Exception {
        BuildResult result = Sites.build(Sites.fixture(name), out);
        if (!result.built()) {
            throw new IllegalStateException("fixture " + name + " does not build:\n" + Sites.problems(result));
        }
        return start(adjust.apply(result.config().orElseThrow().keyCheck().orElseThrow()), out);
    }

    public static CheckerServer start(KeyCheckConfig config, Path site) throws Exception {
        KeyCheckService service = KeyCheckService.start(config, "https://support.example.test/new", site, Clock.systemUTC());
        return new CheckerServer(service, SiteServer.start(site, "127.0.0.1", 0, service.mounts()));
    }

    public URI uri() {
        return server.uri();
    }

    public RegionSimulator simulator() {
        return service.simulator().orElseThrow();
    }

    public KeyCheckService service() {
        return service;
    }

    /** A request to a path of this server, to be completed by the caller. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(20));
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        synchronized (answers) {
            answers.add(answer);
        }
        return answer;
    }

    /** {@code POST} of a body with a content type, asking for {@code accept}. */
    public HttpResponse<String> post(String path, String contentType, String body, String accept) throws Exception {
        return send(request(path).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postJson(String body) throws Exception {
        return post("/api/key-check", "application/json", body, "application/json");
    }

    public HttpClient http() {
        return http;
    }

    /** A POST as written by hand, for what HttpClient cannot send (no Content-Length at all, a chunked body sent whole). */
    public int rawPost(String path, String headers, String body) throws Exception {
        try (Socket socket = new Socket(uri().getHost(), uri().getPort())) {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** Requests the simulated regions received, all together. */
    public int probesReceived() {
        return simulator().all().stream().mapToInt(SimulatedRegion::requests).sum();
    }

    /** An answer's body as JSON. */
    public static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    /** Every answer this harness received: status line, headers and body. */
    public List<String> transcripts() {
        synchronized (answers) {
            return answers.stream().map(a -> a.statusCode() + " " + a.headers().map() + "\n" + a.body()).toList();
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
        service.close();
    }
}
