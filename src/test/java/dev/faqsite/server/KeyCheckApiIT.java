package dev.faqsite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.simulator.Fault;
import dev.faqsite.simulator.SimulatedRegion;
import dev.faqsite.testing.CheckerServer;
import dev.faqsite.testing.KeyChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.faqsite.testing.CheckerServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/key-check} and {@code POST /api/demo/keys} on a real server on port 0, over simulated regions: what
 * they answer, and every fault a region can show. The refusals are {@link KeyCheckGuardsIT}'s.
 */
class KeyCheckApiIT {

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

    private static JsonNode region(JsonNode summary, String id) {
        for (JsonNode region : summary.get("regions")) {
            if (region.get("region").asText().equals(id)) {
                return region;
            }
        }
        throw new AssertionError("no region " + id + " in " + summary);
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
        JsonNode summary = new ObjectMapper().readTree(lines.get(lines.size() - 2).substring(6));
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
        assertEquals(201, server.rawPost("/api/demo/keys", "", ""), "a bare POST, as curl -X POST sends it");
        assertEquals(415, server.post("/api/demo/keys", "text/plain", "x", "application/json").statusCode());
        assertEquals(400, server.post("/api/demo/keys", "application/json", "{\"key\": \"mine\"}", "application/json").statusCode());
    }
}
