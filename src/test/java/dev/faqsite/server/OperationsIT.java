package dev.faqsite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.limits.RateLimits;
import dev.faqsite.model.RatingsConfig.Durability;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.VoteRateLimiter;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.testing.KeyChecks;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator relies on: liveness and readiness, and the metrics, which name no key, fingerprint or voter. */
class OperationsIT {

    static final String PAGE = "/faq/alpha/first/";
    static final String TOKEN = "metrics-admin-token-0123456789";
    static final String KEY = "5E5E5E5E-AAAA-4BBB-8CCC-0123456789AB";
    static final String VOTER = "operations-voter-7f3a9c21";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static VoteStore store;
    static KeyCheckService checker;
    static Operations operations;
    static SiteServer server;
    static MetricsServer metricsServer;
    static Path accessLog;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        Path out = tmp.resolve("site");
        accessLog = tmp.resolve("logs/access.jsonl");
        Sites.build(Sites.fixture("small"), out);
        store = JdbcVoteStore.open(Database.Sqlite.in(tmp.resolve("data"), Durability.NORMAL));
        operations = new Operations();
        RateLimits limits = operations.counted(new LocalRateLimits(Clock.systemUTC()));
        checker = KeyCheckService.start(KeyChecks.config(KeyChecks.INSTANT_REGIONS), "https://support.example.test/", out,
                Clock.systemUTC(), limits, operations);
        checker.simulator().orElseThrow().keys().issue(KEY);
        ManifestFile manifest = ManifestFile.in(out);
        List<Mount> mounts = new ArrayList<>(Health.mounts(out, List.of(new Health.Dependency() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public void check() throws Exception {
                store.ping();
            }
        }), operations));
        mounts.add(RatingsApi.mount(new RatingsApi(store, manifest, new VoteRateLimiter(limits, 2), false, Clock.systemUTC(), operations)));
        mounts.addAll(checker.mounts());
        mounts.add(MetricsEndpoint.guarded(operations, Optional.of(TOKEN), limits, false));
        server = SiteServer.start(out, ServerOptions.of("127.0.0.1", 0).withAccessLog(Optional.of(accessLog.toString()), false),
                mounts, null, operations);
        metricsServer = MetricsServer.start("127.0.0.1", 0, operations);
    }

    @AfterAll
    static void stop() throws Exception {
        metricsServer.close();
        server.close();
        checker.close();
        store.close();
        operations.close();
    }

    static HttpResponse<String> get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthSaysTheProcessIsUpAndReadinessNamesEachPart() throws Exception {
        HttpResponse<String> live = get(server.uri().resolve(Health.LIVE));
        assertEquals(200, live.statusCode());
        assertEquals("up", JSON.readTree(live.body()).get("status").asText());
        for (int i = 0; i < 50; i++) {
            assertEquals(200, get(server.uri().resolve(Health.READY)).statusCode(), "never rate limited, however often asked");
        }
        JsonNode ready = JSON.readTree(get(server.uri().resolve(Health.READY)).body());
        assertEquals("ready", ready.get("status").asText());
        assertEquals("ok", ready.get("checks").get("site").asText());
        assertEquals("ok", ready.get("checks").get("database").asText());
        assertEquals("no-store", live.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aSiteNotBuiltYetIsNotReady() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("not-built"));
        try (Operations own = new Operations();
             SiteServer bare = SiteServer.start(empty, ServerOptions.of("127.0.0.1", 0), Health.mounts(empty, List.of(), own), null, own)) {
            HttpResponse<String> ready = get(bare.uri().resolve(Health.READY));
            assertEquals(503, ready.statusCode());
            assertEquals("not built yet", JSON.readTree(ready.body()).get("checks").get("site").asText());
            assertEquals(200, get(bare.uri().resolve(Health.LIVE)).statusCode());
        }
    }

    @Test
    void metricsCountChecksVotesAndRefusalsAndNameNoSecret() throws Exception {
        assertEquals(200, post("/api/key-check", "{\"key\":\"" + KEY + "\"}", "application/json").statusCode());
        assertEquals(200, post("/api/key-check", "{\"key\":\"" + KEY + "\"}", "text/event-stream").statusCode());
        assertEquals(200, post("/api/ratings", "{\"page\":\"" + PAGE + "\",\"score\":4,\"voter\":\"" + VOTER + "\"}", "application/json").statusCode());
        assertEquals(400, post("/api/ratings", "{\"page\":\"" + PAGE + "\",\"score\":9,\"voter\":\"" + VOTER + "\"}", "application/json").statusCode());
        assertEquals(429, post("/api/ratings", "{\"page\":\"" + PAGE + "\",\"score\":3,\"voter\":\"" + VOTER + "\"}", "application/json").statusCode());

        assertEquals(401, get(server.uri().resolve(MetricsEndpoint.ADMIN_PATH)).statusCode());
        HttpResponse<String> guarded = get(server.uri().resolve(MetricsEndpoint.ADMIN_PATH), "Authorization", "Bearer " + TOKEN);
        assertEquals(200, guarded.statusCode());
        assertTrue(guarded.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        HttpResponse<String> ownPort = get(metricsServer.uri());
        assertEquals(200, ownPort.statusCode());
        String metrics = ownPort.body();

        assertTrue(metrics.contains("faqsite_key_checks_total{verdict=\"propagated\"} 2.0"), metrics);
        for (String region : List.of("ncsa", "emea", "apac")) {
            assertTrue(metrics.contains("faqsite_probe_outcomes_total{outcome=\"accepted\",region=\"" + region + "\"} 2.0"), metrics);
            assertTrue(metrics.contains("faqsite_probe_latency_seconds_bucket{region=\"" + region + "\",le=\""), metrics);
            assertTrue(metrics.contains("faqsite_probe_latency_seconds_count{region=\"" + region + "\"} 2"), metrics);
        }
        assertTrue(metrics.contains("faqsite_votes_stored_total 1.0"), metrics);
        assertTrue(metrics.contains("faqsite_votes_refused_total{reason=\"invalid\"} 1.0"), metrics);
        assertTrue(metrics.contains("faqsite_votes_refused_total{reason=\"too_many_votes\"} 1.0"), metrics);
        assertTrue(metrics.contains("faqsite_rate_limit_refusals_total{limit=\"votes\"} 1.0"), metrics);
        assertTrue(metrics.contains("faqsite_sse_streams_open 0.0"), metrics);
        assertTrue(metrics.contains("faqsite_database_errors_total{operation=\"vote-write\"} 0.0"), metrics);
        assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics);
        assertTrue(metrics.contains("process_files_open_files"), metrics);
        assertTrue(metrics.contains("jvm_threads_live_threads"), metrics);

        String fingerprint = KEY.substring(KEY.length() - 4);
        assertFalse(metrics.contains(KEY) || metrics.toUpperCase().contains(KEY), "the key");
        assertFalse(metrics.contains("…" + fingerprint) || metrics.contains(fingerprint + "\""), "the fingerprint");
        assertFalse(metrics.contains(VOTER), "a voter id");
        assertFalse(metrics.contains("127.0.0.1"), "a client address");
    }

    @Test
    void theAccessLogHoldsMethodPathStatusDurationAndClientOnly() throws Exception {
        String voter = "access-log-voter-4d1e22aa";
        get(server.uri().resolve("/faq/alpha/first/?from=newsletter"), "User-Agent", "agent-x", "Cookie", "session=cookie-y");
        http.send(HttpRequest.newBuilder(server.uri().resolve("/api/key-check?attempt=1")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + KEY + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        get(server.uri().resolve("/api/ratings?page=/faq/alpha/first/&voter=" + voter));
        get(server.uri().resolve("/no-such-page-for-the-log"));
        String text = "";
        for (int i = 0; i < 50 && !text.contains("/no-such-page-for-the-log"); i++) {
            Thread.sleep(20); // the line is written once the answer is complete
            text = Files.readString(accessLog);
        }
        for (String secret : List.of(KEY, voter, "agent-x", "cookie-y", "attempt=1")) {
            assertFalse(text.contains(secret), secret + " in\n" + text);
        }
        List<String> seen = new ArrayList<>();
        for (String line : text.lines().toList()) {
            JsonNode entry = JSON.readTree(line);
            Set<String> fields = new TreeSet<>();
            entry.fieldNames().forEachRemaining(fields::add);
            assertEquals(Set.of("client", "durationMs", "method", "path", "status", "time"), fields, line);
            assertEquals("127.0.0.1", entry.get("client").asText());
            assertTrue(entry.get("durationMs").asLong() >= 0);
            seen.add(entry.get("method").asText() + " " + entry.get("path").asText() + " " + entry.get("status").asInt());
        }
        assertTrue(seen.containsAll(List.of("GET /faq/alpha/first/?from=newsletter 200", "POST /api/key-check 200", "GET /api/ratings 200",
                "GET /no-such-page-for-the-log 404")), String.join("\n", seen));
    }
}
