package dev.faqsite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.simulator.Fault;
import dev.faqsite.simulator.SimulatedRegion;
import dev.faqsite.testing.CheckerServer;
import dev.faqsite.testing.KeyChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/key-check} on a real server on port 0, over simulated regions. */
class KeyCheckApiIT {

    private static final String KEY = "0F0F0F0F-AAAA-4BBB-8CCC-DDDDEEEEFFFF";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path site;
    CheckerServer server;

    @BeforeEach
    void start() throws Exception {
        server = CheckerServer.start(KeyChecks.config(KeyChecks.INSTANT_REGIONS), site);
        server.simulator().keys().issue(KEY);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private void restart(KeyCheckConfig.Limits limits) throws Exception {
        server.close();
        server = CheckerServer.start(KeyChecks.config(KeyChecks.INSTANT_REGIONS, limits), site);
        server.simulator().keys().issue(KEY);
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    private static JsonNode region(JsonNode summary, String id) {
        for (JsonNode region : summary.get("regions")) {
            if (region.get("region").asText().equals(id)) {
                return region;
            }
        }
        throw new AssertionError("no region " + id + " in " + summary);
    }

    private int probesReceived() {
        return server.simulator().all().stream().mapToInt(SimulatedRegion::requests).sum();
    }

    @Test
    void answersOneJsonDocumentWithEveryRegionAndTheVerdict() throws Exception {
        HttpResponse<String> answer = server.postJson("{\"key\": \"" + KEY + "\"}");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode summary = json(answer);
        assertEquals("propagated", summary.at("/verdict/kind").asText());
        assertEquals("Propagated everywhere: all 3 regions accept the key", summary.at("/verdict/headline").asText());
        assertEquals("…FFFF", summary.get("fingerprint").asText());
        assertEquals(1, summary.get("attempt").asInt());
        JsonNode emea = region(summary, "emea");
        assertEquals("accepted", emea.get("outcome").asText());
        assertEquals("accepted", emea.get("words").asText());
        assertEquals(200, emea.get("httpStatus").asInt());
        assertEquals("Europe", emea.get("label").asText());
        assertTrue(emea.get("latencyMs").asLong() >= 10);
        assertFalse(answer.body().contains(KEY));
    }

    @Test
    void streamsOneEventPerRegionAsItCompletesThenASummary() throws Exception {
        server.simulator().region("apac").inject(Fault.timeout());
        HttpRequest request = server.request("/api/key-check").header("Content-Type", "application/json")
                .header("Accept", "text/event-stream").POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"" + KEY + "\"}")).build();
        long started = System.nanoTime();
        List<String> lines = new ArrayList<>();
        List<Long> eventTimes = new ArrayList<>();
        HttpResponse<Stream<String>> answer = server.http().send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        answer.body().forEach(line -> {
            lines.add(line);
            if (line.startsWith("event:")) {
                eventTimes.add((System.nanoTime() - started) / 1_000_000);
            }
        });
        List<String> events = lines.stream().filter(l -> l.startsWith("event: ")).map(l -> l.substring(7)).toList();
        assertEquals(List.of("region", "region", "region", "summary"), events);
        List<String> order = lines.stream().filter(l -> l.startsWith("data: {\"region\""))
                .map(l -> l.replaceAll(".*\"region\":\"([a-z]+)\".*", "$1")).toList();
        assertEquals("apac", order.get(2), "the region that times out comes last: " + order);
        assertTrue(eventTimes.get(0) < 800 && eventTimes.get(1) < 800, "fast regions are not held back: " + eventTimes);
        assertTrue(eventTimes.get(2) >= 1400, eventTimes.toString());
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 2).substring(6));
        assertEquals("inconclusive", summary.at("/verdict/kind").asText());
        assertEquals("unreachable", region(summary, "apac").get("outcome").asText());
    }

    @Test
    void acceptsTheKeyAsAFormField() throws Exception {
        HttpResponse<String> answer = server.post("/api/key-check", "application/x-www-form-urlencoded",
                "key=" + KEY + "&attempt=3", "application/json");
        assertEquals(200, answer.statusCode());
        assertEquals(3, json(answer).get("attempt").asInt());
        assertEquals("propagated", json(answer).at("/verdict/kind").asText());
    }

    @Test
    void carriesTheSessionsFirstCheckFromOneCheckToTheNext() throws Exception {
        JsonNode first = json(server.postJson("{\"key\": \"" + KEY + "\"}"));
        JsonNode second = json(server.postJson("{\"key\": \"" + KEY + "\", \"attempt\": 2, \"first_check\": \""
                + first.get("firstCheckAt").asText() + "\"}"));
        assertEquals(first.get("firstCheckAt").asText(), second.get("firstCheckAt").asText());
        assertEquals(2, region(second, "ncsa").get("attempt").asInt());
    }

    @Test
    void trimsSpacesAroundTheKeyAndSaysSo() throws Exception {
        JsonNode summary = json(server.postJson("{\"key\": \"  " + KEY + " \"}"));
        assertTrue(summary.get("keyTrimmed").asBoolean());
        assertEquals("propagated", summary.at("/verdict/kind").asText());
    }

    @Test
    void refusesAMalformedKeyWith400NamingTheFieldBeforeAnyProbe() throws Exception {
        List<String> bad = List.of(KEY + "\\r\\nX-Injected: yes", KEY + "\\n", "\\t" + KEY, KEY + "\\u0000", "a".repeat(129),
                KEY + "_x", KEY + "/../admin", "ключ", "");
        for (String key : bad) {
            HttpResponse<String> answer = server.postJson("{\"key\": \"" + key + "\"}");
            assertEquals(400, answer.statusCode(), key);
            JsonNode error = json(answer);
            assertEquals("invalid_key", error.get("error").asText(), key);
            assertEquals("key", error.get("field").asText(), key);
            assertTrue(error.get("message").asText().startsWith("'key' "), error.toString());
        }
        assertEquals(400, server.postJson("{}").statusCode());
        assertEquals("key", json(server.postJson("{}")).get("field").asText());
        assertEquals(400, server.post("/api/key-check", "application/x-www-form-urlencoded", "key=" + KEY + "%0D%0AX: y",
                "application/json").statusCode());
        assertEquals(0, probesReceived());
    }

    @Test
    void neverReadsTheKeyFromTheUrl() throws Exception {
        HttpResponse<String> answer = server.send(server.request("/api/key-check?key=" + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(400, answer.statusCode());
        assertEquals("'key' is missing: send the API key in the field 'key'", json(answer).get("message").asText());
        assertEquals(0, probesReceived());
    }

    @Test
    void refusesFieldsItDoesNotKnowSoNoClientCanChooseWhatIsProbed() throws Exception {
        String canary = server.simulator().region("ncsa").region().baseUrl().toString();
        for (String extra : List.of("\"url\": \"" + canary + "/steal\"", "\"region\": \"ncsa\"", "\"base_url\": \"http://evil.test\"",
                "\"probe_path\": \"/admin\"", "\"key_header\": \"Host\"")) {
            HttpResponse<String> answer = server.postJson("{\"key\": \"" + KEY + "\", " + extra + "}");
            assertEquals(400, answer.statusCode(), extra);
            assertEquals("invalid_request", json(answer).get("error").asText());
            assertTrue(json(answer).get("message").asText().startsWith("The body has a field this endpoint does not know"), answer.body());
        }
        assertEquals(400, server.post("/api/key-check", "application/x-www-form-urlencoded", "key=" + KEY + "&url=http://x",
                "application/json").statusCode());
        assertEquals(400, server.post("/api/key-check", "application/x-www-form-urlencoded", "key=" + KEY + "&key=" + KEY,
                "application/json").statusCode());
        assertEquals(0, probesReceived());
    }

    @Test
    void refusesBadAttemptAndFirstCheckFieldsNamingThem() throws Exception {
        assertEquals("attempt", json(server.postJson("{\"key\": \"" + KEY + "\", \"attempt\": 0}")).get("field").asText());
        assertEquals("attempt", json(server.postJson("{\"key\": \"" + KEY + "\", \"attempt\": \"x\"}")).get("field").asText());
        assertEquals("first_check", json(server.postJson("{\"key\": \"" + KEY + "\", \"first_check\": \"yesterday\"}")).get("field").asText());
        assertEquals(400, server.postJson("[\"" + KEY + "\"]").statusCode());
        assertEquals(400, server.postJson("{\"key\": ").statusCode());
        assertEquals(400, server.postJson("{\"key\": {\"nested\": 1}}").statusCode());
        assertEquals(0, probesReceived());
    }

    @Test
    void answersEveryMethodButPostWith405() throws Exception {
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")) {
            HttpResponse<String> answer = server.send(server.request("/api/key-check")
                    .method(method, HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(405, answer.statusCode(), method);
            assertEquals("POST", answer.headers().firstValue("Allow").orElse(""), method);
        }
    }

    @Test
    void answersPathsBelowTheEndpointWith404() throws Exception {
        HttpResponse<String> answer = server.post("/api/key-check/extra", "application/json", "{\"key\": \"" + KEY + "\"}", "application/json");
        assertEquals(404, answer.statusCode());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(0, probesReceived());
    }

    @Test
    void answersOtherMediaTypesWith415() throws Exception {
        for (String type : List.of("text/plain", "multipart/form-data; boundary=x", "application/xml", "text/html")) {
            HttpResponse<String> answer = server.post("/api/key-check", type, "key=" + KEY, "application/json");
            assertEquals(415, answer.statusCode(), type);
            assertEquals("close", answer.headers().firstValue("Connection").orElse(""), "the unread body ends the connection");
        }
        HttpResponse<String> untyped = server.send(server.request("/api/key-check").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(415, untyped.statusCode());
        assertEquals(0, probesReceived());
    }

    @Test
    void refusesBodiesOverTheLimitWith413EvenWithoutAContentLength() throws Exception {
        String big = "{\"key\": \"" + KEY + "\", \"pad\": \"" + "x".repeat(5000) + "\"}";
        assertEquals(413, server.postJson(big).statusCode());
        // chunked, so without a Content-Length to refuse it by; sent whole before reading, as the server may close early
        String chunk = Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n";
        assertEquals(413, rawPost(server, "/api/key-check", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", chunk));
        assertEquals(0, probesReceived());
    }

    @Test
    void limitsChecksPerClientAddressWith429AndRetryAfter() throws Exception {
        restart(new KeyCheckConfig.Limits(2, 1000, 1000, 1000));
        assertEquals(200, server.postJson("{\"key\": \"" + KEY + "\"}").statusCode());
        assertEquals(200, server.postJson("{\"key\": \"OTHER-KEY\"}").statusCode());
        int probed = probesReceived();
        HttpResponse<String> refused = server.postJson("{\"key\": \"THIRD-KEY\"}");
        assertEquals(429, refused.statusCode());
        assertEquals("30", refused.headers().firstValue("Retry-After").orElse(""));
        assertEquals("rate_limited", json(refused).get("error").asText());
        assertTrue(json(refused).get("message").asText().startsWith("Too many checks from your address"));
        assertEquals(probed, probesReceived());
    }

    @Test
    void countsClientsByTheProxysForwardedAddressOnlyWhenTrusted() throws Exception {
        restart(new KeyCheckConfig.Limits(1, 1000, 1000, 1000));
        assertEquals(200, checkFrom("10.0.0.1").statusCode());
        assertEquals(429, checkFrom("10.0.0.2").statusCode(), "a client cannot escape the limit by claiming another address");
        KeyCheckConfig c = KeyChecks.config(KeyChecks.INSTANT_REGIONS, new KeyCheckConfig.Limits(1, 1000, 1000, 1000));
        server.close();
        server = CheckerServer.start(new KeyCheckConfig(c.regions(), c.demoRegions(), c.timeouts(), c.limits(), c.retry(), c.answers(), true), site);
        server.simulator().keys().issue(KEY);
        assertEquals(200, checkFrom("10.0.0.1").statusCode());
        assertEquals(200, checkFrom("10.0.0.2").statusCode(), "behind a trusted proxy each reader is counted apart");
        assertEquals(429, checkFrom("10.0.0.1").statusCode());
    }

    private HttpResponse<String> checkFrom(String forwardedFor) throws Exception {
        return server.send(server.request("/api/key-check").header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.9, " + forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"KEY-FROM-" + forwardedFor.replace('.', '-') + "\"}")).build());
    }

    @Test
    void limitsChecksOfOneKeyWith429AndRetryAfter() throws Exception {
        restart(new KeyCheckConfig.Limits(1000, 2, 1000, 1000));
        assertEquals(200, server.postJson("{\"key\": \"" + KEY + "\"}").statusCode());
        assertEquals(200, server.postJson("{\"key\": \"" + KEY + "\"}").statusCode());
        HttpResponse<String> refused = server.postJson("{\"key\": \"" + KEY + "\"}");
        assertEquals(429, refused.statusCode());
        assertEquals("30", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(json(refused).get("message").asText().startsWith("This key was checked many times"));
        assertEquals(200, server.postJson("{\"key\": \"ANOTHER-KEY\"}").statusCode());
    }

    @Test
    void answers503WithRetryAfterWhenTheProbesInFlightAreAtTheCap() throws Exception {
        restart(new KeyCheckConfig.Limits(1000, 1000, 3, 1000));
        for (SimulatedRegion region : server.simulator().all()) {
            region.inject(Fault.timeout());
        }
        var first = server.http().sendAsync(server.request("/api/key-check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"" + KEY + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (server.service().checker().probesInFlight() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        HttpResponse<String> busy = server.postJson("{\"key\": \"OTHER-KEY\"}");
        assertEquals(503, busy.statusCode());
        assertEquals("2", busy.headers().firstValue("Retry-After").orElse(""));
        assertEquals("busy", json(busy).get("error").asText());
        assertEquals(200, first.join().statusCode());
    }

    @Test
    void sendsNoStoreAndTheSecurityHeadersWithEveryAnswerAndNoCors() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                server.send(server.request("/api/key-check").header("Origin", "https://evil.test").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"" + KEY + "\"}")).build()),
                server.postJson("{\"key\": \"bad key\"}"),
                server.send(server.request("/api/key-check").GET().build()),
                server.post("/api/key-check", "text/plain", "x", "*/*"),
                server.postJson("{\"pad\": \"" + "x".repeat(5000) + "\"}"),
                server.post("/api/demo/keys", "application/json", "{}", "application/json"));
        for (HttpResponse<String> answer : answers) {
            String what = answer.statusCode() + " " + answer.body();
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), what);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), what);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""), what);
            assertTrue(answer.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")), what);
        }
    }

    @Test
    void reportsEveryFaultARegionCanShow() throws Exception {
        Map<Fault, String> expected = Map.of(
                Fault.timeout(), "unreachable",
                Fault.status(503), "unreachable",
                Fault.status(500), "unreachable",
                Fault.connectionRefused(), "unreachable",
                Fault.slowBody(), "unreachable",
                Fault.rateLimited(Duration.ofSeconds(1)), "rate-limited",
                Fault.unexpectedBody(), "accepted",
                Fault.status(400), "probe-error",
                Fault.status(403), "accepted",
                Fault.status(550), "accepted");
        SimulatedRegion emea = server.simulator().region("emea");
        for (Map.Entry<Fault, String> fault : expected.entrySet()) {
            emea.inject(fault.getKey());
            JsonNode summary = json(server.postJson("{\"key\": \"" + KEY + "\"}"));
            String what = fault.getKey() + ": " + summary;
            assertEquals(fault.getValue(), region(summary, "emea").get("outcome").asText(), what);
            assertEquals("accepted", region(summary, "ncsa").get("outcome").asText(), what);
            assertEquals("accepted", region(summary, "apac").get("outcome").asText(), what);
            emea.inject(Fault.none());
            Thread.sleep(fault.getKey().kind() == Fault.Kind.RATE_LIMITED ? 1100 : 0);
        }
    }

    @Test
    void issuesDemoKeysThatTheSimulatedRegionsAccept() throws Exception {
        HttpResponse<String> issued = server.send(server.request("/api/demo/keys").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(201, issued.statusCode());
        JsonNode body = json(issued);
        String key = body.get("key").asText();
        assertTrue(key.matches("[0-9A-F-]{36}"), key);
        assertEquals(List.of("ncsa", "emea", "apac"), body.findValuesAsText("region"));
        assertEquals(0, body.at("/regions/0/readyInSeconds").asInt());
        assertEquals("propagated", json(server.postJson("{\"key\": \"" + key + "\"}")).at("/verdict/kind").asText());
        assertEquals(405, server.send(server.request("/api/demo/keys").GET().build()).statusCode());
        assertEquals(201, rawPost(server, "/api/demo/keys", "", ""), "a bare POST, as curl -X POST sends it");
        assertEquals(415, server.post("/api/demo/keys", "text/plain", "x", "application/json").statusCode());
        assertEquals(400, server.post("/api/demo/keys", "application/json", "{\"key\": \"mine\"}", "application/json").statusCode());
    }

    /** A POST as written by hand: what HttpClient cannot send, such as no Content-Length at all. */
    private static int rawPost(CheckerServer server, String path, String headers, String body) throws Exception {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void limitsDemoKeysPerClientAddress() throws Exception {
        restart(new KeyCheckConfig.Limits(1000, 1000, 1000, 1));
        assertEquals(201, server.post("/api/demo/keys", "application/json", "{}", "application/json").statusCode());
        HttpResponse<String> refused = server.post("/api/demo/keys", "application/json", "{}", "application/json");
        assertEquals(429, refused.statusCode());
        assertEquals("60", refused.headers().firstValue("Retry-After").orElse(""));
    }
}
