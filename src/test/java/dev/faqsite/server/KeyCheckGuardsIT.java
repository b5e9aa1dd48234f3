package dev.faqsite.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.simulator.Fault;
import dev.faqsite.simulator.SimulatedRegion;
import dev.faqsite.testing.CheckerServer;
import dev.faqsite.testing.KeyChecks;
import dev.faqsite.testing.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.faqsite.testing.CheckerServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the checker's API refuses, each guard with the test that fails without it: a malformed key, a key in the URL,
 * fields it does not know, other methods, media types, paths and oversized bodies — all before any region is asked —
 * then the rate limits, the cap on probes in flight, and the headers every answer carries.
 */
class KeyCheckGuardsIT {

    private static final String KEY = "0F0F0F0F-AAAA-4BBB-8CCC-DDDDEEEEFFFF";

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

    private int probesReceived() {
        return server.probesReceived();
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
    void answersARefusedCheckOnlyOnceItsBodyIsInSoThatTheConnectionServesTheNextRequest() throws Exception {
        String big = "{\"key\": \"" + KEY + "\", \"pad\": \"" + "x".repeat(5000) + "\"}";
        String answers = RawHttp.exchange(server.uri(),
                "POST /api/key-check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " + big.length()
                        + "\r\n\r\n" + big.substring(0, 100),
                big.substring(100) + "GET /api/key-check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals("413 405", RawHttp.statuses(answers), answers);
        assertEquals(0, probesReceived());
    }

    @Test
    void answersOtherMediaTypesWith415() throws Exception {
        for (String type : List.of("text/plain", "multipart/form-data; boundary=x", "application/xml", "text/html")) {
            HttpResponse<String> answer = server.post("/api/key-check", type, "key=" + KEY, "application/json");
            assertEquals(415, answer.statusCode(), type);
            assertEquals("", answer.headers().firstValue("Connection").orElse(""), "a small refused body is read: the connection stays open");
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
        assertEquals(413, server.rawPost("/api/key-check", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", chunk));
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
    void limitsDemoKeysPerClientAddress() throws Exception {
        restart(new KeyCheckConfig.Limits(1000, 1000, 1000, 1));
        assertEquals(201, server.post("/api/demo/keys", "application/json", "{}", "application/json").statusCode());
        HttpResponse<String> refused = server.post("/api/demo/keys", "application/json", "{}", "application/json");
        assertEquals(429, refused.statusCode());
        assertEquals("60", refused.headers().firstValue("Retry-After").orElse(""));
    }

    private HttpResponse<String> checkFrom(String forwardedFor) throws Exception {
        return server.send(server.request("/api/key-check").header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.9, " + forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"KEY-FROM-" + forwardedFor.replace('.', '-') + "\"}")).build());
    }
}
