package dev.faqsite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.model.RatingsConfig.Durability;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.VoteRateLimiter;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.simulator.SimulatedRegion;
import dev.faqsite.testing.KeyChecks;
import dev.faqsite.testing.LogCapture;
import dev.faqsite.testing.RawHttp;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's rough edges found by trying it from outside, as an attacker and as an operator would: each test fails
 * without its fix. (A hung database: {@link HungDatabaseIT}; a host that does not resolve: ClassifierTest.)
 */
class HardeningIT {

    static final String PAGE = "/faq/alpha/first/";
    static final String TOKEN = "an-admin-token-long-enough-0123";
    static final String KEY = "0F0F0F0F-AAAA-4BBB-8CCC-DDDDEEEEFFFF";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static VoteStore store;
    static KeyCheckService checker;
    static SiteServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void serve() throws Exception {
        Path out = tmp.resolve("site");
        Sites.build(Sites.fixture("small"), out);
        store = JdbcVoteStore.open(Database.Sqlite.in(tmp.resolve("data"), Durability.NORMAL));
        ManifestFile manifest = ManifestFile.in(out);
        LocalRateLimits limits = new LocalRateLimits(Clock.systemUTC());
        checker = KeyCheckService.start(KeyChecks.config(KeyChecks.INSTANT_REGIONS), "https://support.example.test/", out,
                Clock.systemUTC(), limits, new Operations());
        checker.simulator().orElseThrow().keys().issue(KEY);
        List<Mount> mounts = new ArrayList<>(List.of(
                RatingsApi.mount(new RatingsApi(store, manifest, new VoteRateLimiter(limits, 1000), false, Clock.systemUTC())),
                RatingsDashboard.mount(new RatingsDashboard(store, manifest, Optional.of(TOKEN), limits, false))));
        mounts.addAll(checker.mounts());
        server = SiteServer.start(out, ServerOptions.of("127.0.0.1", 0).withRequestDeadline(Duration.ofSeconds(1)), mounts, null);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        checker.close();
        store.close();
    }

    static HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static int probes() {
        return checker.simulator().orElseThrow().all().stream().mapToInt(SimulatedRegion::requests).sum();
    }

    @Test
    void theCheckerRefusesAJsonFieldGivenTwiceSoThatNoProxyCanDisagreeAboutTheKey() throws Exception {
        int before = probes();
        HttpResponse<String> answer = post("/api/key-check", "application/json", "{\"key\":\"aaaaaaaa-1111\",\"key\":\"bbbbbbbb-2222\"}");
        assertEquals(400, answer.statusCode(), answer.body());
        JsonNode error = JSON.readTree(answer.body());
        assertEquals("key", error.get("field").asText());
        assertEquals("'key' is given twice.", error.get("message").asText());
        HttpResponse<String> unknownTwice = post("/api/key-check", "application/json",
                "{\"key\":\"aaaaaaaa-1111\",\"" + KEY + "\":1,\"" + KEY + "\":2}");
        assertEquals(400, unknownTwice.statusCode());
        assertFalse(unknownTwice.body().contains(KEY), "an unknown name is never repeated: " + unknownTwice.body());
        assertEquals(before, probes());
    }

    @Test
    void theNoScriptErrorPageLinksBackOnlyToAPageOfThisSiteAndSetsNoCookie() throws Exception {
        HttpResponse<String> phish = post("/api/ratings", "application/x-www-form-urlencoded", "page=//evil.example/phish&score=9",
                "Accept", "text/html");
        assertEquals(400, phish.statusCode());
        assertFalse(phish.body().contains("evil.example"), phish.body());
        assertTrue(phish.body().contains("href=\"/#rating\""), phish.body());
        assertEquals(Optional.empty(), phish.headers().firstValue("Set-Cookie"));

        HttpResponse<String> badScore = post("/api/ratings", "application/x-www-form-urlencoded", "page=" + PAGE + "&score=9",
                "Accept", "text/html");
        assertEquals(400, badScore.statusCode());
        assertTrue(badScore.body().contains("href=\"" + PAGE + "#rating\""), badScore.body());
        assertEquals(Optional.empty(), badScore.headers().firstValue("Set-Cookie"));

        HttpResponse<String> voted = post("/api/ratings", "application/x-www-form-urlencoded", "page=" + PAGE + "&score=4",
                "Accept", "text/html");
        assertEquals(303, voted.statusCode());
        assertTrue(voted.headers().firstValue("Set-Cookie").orElse("").startsWith(VoterCookie.NAME + "="), voted.headers().map().toString());
    }

    @Test
    void refusesAnotherSitesPostsByTheirOriginWhenTheBrowserSendsNoSecFetchSite() throws Exception {
        int before = probes();
        for (String origin : List.of("https://evil.example", "null", "http://127.0.0.1.evil.example:" + server.uri().getPort())) {
            HttpResponse<String> vote = post("/api/ratings", "application/x-www-form-urlencoded", "page=" + PAGE + "&score=4",
                    "Origin", origin);
            assertEquals(403, vote.statusCode(), origin);
            assertEquals("cross_site", JSON.readTree(vote.body()).get("error").asText());
            HttpResponse<String> check = post("/api/key-check", "application/json", "{\"key\":\"" + KEY + "\"}", "Origin", origin);
            assertEquals(403, check.statusCode(), origin);
            assertEquals(403, post("/api/demo/keys", "application/json", "", "Origin", origin).statusCode(), origin);
        }
        assertEquals(before, probes());
        String self = "http://127.0.0.1:" + server.uri().getPort();
        assertEquals(200, post("/api/ratings", "application/json", "{\"page\":\"" + PAGE + "\",\"score\":4,\"voter\":\"origin-test-voter-0001\"}",
                "Origin", self).statusCode());
        assertEquals(200, post("/api/key-check", "application/json", "{\"key\":\"" + KEY + "\"}", "Origin", self).statusCode());
        assertEquals(201, post("/api/demo/keys", "application/json", "", "Origin", self).statusCode());
        assertEquals(403, post("/api/demo/keys", "application/json", "", "Sec-Fetch-Site", "cross-site", "Origin", self).statusCode());
    }

    @Test
    void errorsJettyAnswersItselfCarryTheSecurityHeadersAndNameNoVersion() throws Exception {
        URI uri = server.uri();
        List<String> requests = List.of(
                "GET /a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        List<String> statuses = new ArrayList<>();
        for (String request : requests) {
            String answer = RawHttp.exchange(uri, request);
            statuses.add(RawHttp.statuses(answer));
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            assertTrue(head.contains("content-security-policy: "), answer);
            assertTrue(head.contains("x-content-type-options: nosniff"), answer);
            assertTrue(head.contains("x-frame-options: deny"), answer);
            assertFalse(head.contains("\nserver:"), answer);
            assertFalse(answer.toLowerCase().contains("jetty"), answer);
        }
        assertEquals(List.of("400", "400", "414", "431"), statuses);
        String page = RawHttp.exchange(uri, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals("200", RawHttp.statuses(page));
        assertFalse(page.toLowerCase().contains("\r\nserver:"), page);
    }

    @Test
    void aVoteUploadCutOffMidBodyLogsNoStackTrace() throws Exception {
        try (LogCapture log = new LogCapture()) {
            try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/ratings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
                        + "{\"page\":\"" + PAGE + "\"").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(200);
            }
            // the server notices the closed connection, reads the end of the body and answers: then the log is complete
            Thread.sleep(1000);
            List<String> lines = log.lines();
            assertTrue(lines.stream().noneMatch(l -> l.contains("EofException") || l.startsWith("WARN") || l.startsWith("ERROR")),
                    String.join("\n", lines));
            assertEquals(1, lines.stream().filter(l -> l.contains("upload ended before its end")).count(), String.join("\n", lines));
        }
    }

    @Test
    void guessingTheAdminTokenIsCutOffWith429EvenForTheRightToken() throws Exception {
        int unauthorized = 0;
        int limited = 0;
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.uri().resolve("/admin/ratings/"))
                    .header("Authorization", "Bearer wrong-token-" + i).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 401) {
                unauthorized++;
            } else if (answer.statusCode() == 429) {
                limited++;
                assertTrue(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) >= 1);
            }
        }
        assertEquals(AdminGate.ATTEMPTS.perMinute(), unauthorized);
        assertEquals(60 - AdminGate.ATTEMPTS.perMinute(), limited);
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> right = http.send(HttpRequest.newBuilder(server.uri().resolve("/admin/ratings/"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, right.statusCode(), "over the limit, not even the right token is compared");
    }

    @Test
    void aClientSendingItsRequestOneByteAtATimeIsCutOff() throws Exception {
        byte[] request = "GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow-loris\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        boolean cutOff = false;
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                for (byte b : request) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException closed) {
                cutOff = true;
            }
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            cutOff |= !answer.startsWith("HTTP/1.1 200");
        } catch (IOException reset) {
            cutOff = true;
        }
        assertTrue(cutOff, "a request trickled in over " + request.length / 10 + " s, past the 1 s deadline, was answered");
    }

    @Test
    void theCheckerRefusesABodyDeclaredInAnotherCharsetAndPagesSayUtf8() throws Exception {
        int before = probes();
        HttpResponse<String> latin1 = post("/api/key-check", "application/json; charset=iso-8859-1", "{\"key\":\"" + KEY + "\"}");
        assertEquals(415, latin1.statusCode(), latin1.body());
        assertEquals(before, probes());
        assertEquals(200, post("/api/key-check", "application/json; charset=UTF-8", "{\"key\":\"" + KEY + "\"}").statusCode());
        for (String path : List.of("/", PAGE, "/assets/css/site.css", "/sitemap.xml")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "").endsWith(";charset=utf-8"),
                    path + ": " + page.headers().firstValue("Content-Type"));
        }
    }
}
