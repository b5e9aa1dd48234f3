package dev.faqsite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.RatingsConfig.Durability;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.ratings.VoteRateLimiter;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.testing.RawHttp;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ratings API on a real server on a free loopback port, over a real SQLite file: every answer, good and bad. */
class RatingsApiIT {

    static final String PAGE = "/faq/alpha/first/";

    @TempDir
    static Path tmp;
    static SiteServer server;
    static SiteServer strict;
    static SiteServer proxied;
    static VoteStore store;
    /** A new client per test: a test that makes the server close a connection (413) must not leave it in the next one's pool. */
    static HttpClient http;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void serve() throws Exception {
        Path out = tmp.resolve("site");
        Sites.build(Sites.fixture("small"), out);
        store = JdbcVoteStore.open(Database.Sqlite.in(tmp.resolve("data"), Durability.NORMAL));
        ManifestFile manifest = ManifestFile.in(out);
        server = SiteServer.start(out, "127.0.0.1", 0, List.of(RatingsApi.mount(
                new RatingsApi(store, manifest, new VoteRateLimiter(new LocalRateLimits(Clock.systemUTC()), 100_000), false, Clock.systemUTC()))));
        strict = SiteServer.start(out, "127.0.0.1", 0, List.of(RatingsApi.mount(
                new RatingsApi(store, manifest, new VoteRateLimiter(new LocalRateLimits(Clock.systemUTC()), 2), false, Clock.systemUTC()))));
        proxied = SiteServer.start(out, "127.0.0.1", 0, List.of(RatingsApi.mount(
                new RatingsApi(store, manifest, new VoteRateLimiter(new LocalRateLimits(Clock.systemUTC()), 1), true, Clock.systemUTC()))));
    }

    @BeforeEach
    void newClient() {
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        strict.close();
        proxied.close();
        store.close();
    }

    static String voter() {
        return UUID.randomUUID().toString();
    }

    static HttpResponse<String> post(URI base, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/ratings")).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> json(String body) throws Exception {
        return post(server.uri(), "application/json", body);
    }

    static HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve("/api/ratings" + query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertRejected(HttpResponse<String> response, int status, String field) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(field, body.path("field").isNull() ? null : body.path("field").asText(), response.body());
        assertTrue(body.path("message").asText().length() > 5, response.body());
    }

    @Test
    void recordsAJsonVoteAndAnswersOnlyOnceItIsStored() throws Exception {
        String voter = voter();
        HttpResponse<String> response = json("{\"page\":\"" + PAGE + "\",\"score\":2,\"voter\":\"" + voter
                + "\",\"reasons\":[\"unclear\"],\"comment\":\"Which key?\"}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"page\":\"/faq/alpha/first/\",\"score\":2,\"reasons\":[\"unclear\"],\"comment\":\"Which key?\"}", response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        String version = ManifestFile.read(tmp.resolve("site")).page(PAGE).orElseThrow().contentVersion();
        assertEquals(2, store.find(PAGE, version, voter).orElseThrow().score());
    }

    @Test
    void tellsABrowserItsOwnVoteAndNobodyElses() throws Exception {
        String voter = voter();
        json("{\"page\":\"" + PAGE + "\",\"score\":5,\"voter\":\"" + voter + "\"}");
        JsonNode mine = JSON.readTree(get("?page=" + PAGE + "&voter=" + voter).body());
        assertEquals(5, mine.path("vote").path("score").asInt());
        HttpResponse<String> other = get("?page=" + PAGE + "&voter=" + voter());
        assertEquals(200, other.statusCode());
        assertTrue(JSON.readTree(other.body()).path("vote").isNull(), other.body());
        assertRejected(get("?page=" + PAGE), 400, "voter");
        assertRejected(get("?voter=" + voter), 400, "page");
        assertRejected(get("?page=/faq/nowhere/&voter=" + voter), 400, "page");
    }

    @Test
    void replacesABrowsersEarlierVoteOnThePage() throws Exception {
        String voter = voter();
        json("{\"page\":\"" + PAGE + "\",\"score\":1,\"voter\":\"" + voter + "\"}");
        json("{\"page\":\"" + PAGE + "\",\"score\":4,\"voter\":\"" + voter + "\"}");
        assertEquals(4, JSON.readTree(get("?page=" + PAGE + "&voter=" + voter).body()).path("vote").path("score").asInt());
    }

    @Test
    void namesTheFieldOfEveryBadVote() throws Exception {
        String voter = voter();
        String ok = "\"page\":\"" + PAGE + "\",\"voter\":\"" + voter + "\"";
        assertRejected(json("{\"score\":3,\"voter\":\"" + voter + "\"}"), 400, "page");
        assertRejected(json("{\"page\":\"/faq/alpha/unfinished/\",\"score\":3,\"voter\":\"" + voter + "\"}"), 400, "page");
        assertRejected(json("{" + ok + "}"), 400, "score");
        for (String score : List.of("0", "6", "4.5", "\"4\"", "null", "true")) {
            assertRejected(json("{" + ok + ",\"score\":" + score + "}"), 400, "score");
        }
        assertRejected(json("{\"page\":\"" + PAGE + "\",\"score\":3}"), 400, "voter");
        assertRejected(json("{\"page\":\"" + PAGE + "\",\"score\":3,\"voter\":\"tiny\"}"), 400, "voter");
        assertRejected(json("{" + ok + ",\"score\":1,\"reasons\":[\"boring\"]}"), 400, "reasons");
        assertRejected(json("{" + ok + ",\"score\":1,\"reasons\":\"unclear\"}"), 400, "reasons");
        assertRejected(json("{" + ok + ",\"score\":1,\"comment\":\"" + "x".repeat(501) + "\"}"), 400, "comment");
        assertRejected(json("{" + ok + ",\"score\":1,\"comment\":\"bell\\u0007\"}"), 400, "comment");
        assertRejected(json("{" + ok + ",\"score\":1,\"ip\":\"1.2.3.4\"}"), 400, "ip");
        assertRejected(json("{" + ok + ",\"score\":1,\"score\":2}"), 400, "score");
        assertRejected(json("{" + ok + ",\"score\":"), 400, "body");
        assertRejected(json("[1]"), 400, "body");
        assertRejected(post(server.uri(), "application/x-www-form-urlencoded", "page=" + PAGE + "&score=3&voter=" + voter + "&x=1"), 400, "x");
        assertRejected(post(server.uri(), "application/x-www-form-urlencoded", "page=" + PAGE + "&score=9&voter=" + voter), 400, "score");
    }

    @Test
    void refusesOtherMethodsMediaTypesAndOversizedBodies() throws Exception {
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/ratings"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertRejected(put, 405, null);
        assertEquals("GET, HEAD, POST", put.headers().firstValue("Allow").orElse(""));
        assertRejected(post(server.uri(), "text/plain", "score=3"), 415, null);
        assertRejected(post(server.uri(), null, "{}"), 415, null);
        assertRejected(post(server.uri(), "application/json; charset=iso-8859-1", "{}"), 415, null);
        String huge = "{\"comment\":\"" + "x".repeat(20_000) + "\"}";
        assertRejected(json(huge), 413, null);
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/ratings"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRejected(chunked, 413, null);
        assertRejected(http.send(HttpRequest.newBuilder(server.uri().resolve("/api/ratings/extra")).build(),
                HttpResponse.BodyHandlers.ofString()), 404, null);
    }

    @Test
    void answersARefusedVoteOnlyOnceItsBodyIsInSoThatTheConnectionServesTheNextRequest() throws Exception {
        String huge = "{\"comment\":\"" + "x".repeat(20_000) + "\"}";
        // the body arrives after the server has decided: answering and closing then would reset the connection
        String answers = RawHttp.exchange(server.uri(),
                "POST /api/ratings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " + huge.length()
                        + "\r\n\r\n" + huge.substring(0, 100),
                huge.substring(100) + "GET /api/ratings/extra HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals("413 404", RawHttp.statuses(answers), answers);
    }

    @Test
    void refusesVotesSentFromAnotherSite() throws Exception {
        HttpResponse<String> response = post(server.uri(), "application/x-www-form-urlencoded", "page=" + PAGE + "&score=1",
                "Sec-Fetch-Site", "cross-site");
        assertRejected(response, 403, null);
    }

    @Test
    void limitsHowFastOneClientVotes() throws Exception {
        String body = "{\"page\":\"" + PAGE + "\",\"score\":3,\"voter\":\"" + voter() + "\"}";
        assertEquals(200, post(strict.uri(), "application/json", body).statusCode());
        assertEquals(200, post(strict.uri(), "application/json", body).statusCode());
        HttpResponse<String> limited = post(strict.uri(), "application/json", body);
        assertRejected(limited, 429, null);
        assertEquals("30", limited.headers().firstValue("Retry-After").orElse(""));
    }

    @Test
    void limitsEachClientBehindATrustedProxyByTheAddressTheProxyReports() throws Exception {
        String body = "{\"page\":\"" + PAGE + "\",\"score\":3,\"voter\":\"" + voter() + "\"}";
        assertEquals(200, post(proxied.uri(), "application/json", body, "X-Forwarded-For", "203.0.113.7").statusCode());
        // a client cannot dodge the limit by claiming an address: the proxy appends the real one last
        assertEquals(429, post(proxied.uri(), "application/json", body, "X-Forwarded-For", "10.9.9.9, 203.0.113.7").statusCode());
        assertEquals(200, post(proxied.uri(), "application/json", body, "X-Forwarded-For", "203.0.113.8").statusCode());
    }

    @Test
    void sendsABrowsersFormPostBackToThePageWithAVoterCookie() throws Exception {
        String[] browser = {"Accept", "text/html,application/xhtml+xml", "Sec-Fetch-Site", "same-origin"};
        HttpResponse<String> first = post(server.uri(), "application/x-www-form-urlencoded", "page=%2Ffaq%2Falpha%2Fsecond%2F&score=4", browser);
        assertEquals(303, first.statusCode(), first.body());
        assertEquals("/faq/alpha/second/#rated-4", first.headers().firstValue("Location").orElse(""));
        String cookie = first.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("faqsite_voter=") && cookie.contains("Path=/api/ratings") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict"), cookie);
        String voter = cookie.substring("faqsite_voter=".length(), cookie.indexOf(';'));

        String[] again = {"Accept", "text/html", "Cookie", "faqsite_voter=" + voter};
        HttpResponse<String> details = post(server.uri(), "application/x-www-form-urlencoded",
                "page=%2Ffaq%2Falpha%2Fsecond%2F&score=1&reasons=unclear&reasons=code&comment=Too+short", again);
        assertEquals("/faq/alpha/second/#rated-details", details.headers().firstValue("Location").orElse(""));
        assertTrue(details.headers().firstValue("Set-Cookie").isEmpty());
        JsonNode vote = JSON.readTree(get("?page=/faq/alpha/second/&voter=" + voter).body()).path("vote");
        assertEquals(1, vote.path("score").asInt());
        assertEquals("[\"unclear\",\"code\"]", vote.path("reasons").toString());
        assertEquals("Too short", vote.path("comment").asText());
    }

    @Test
    void answersABrowsersBadFormPostWithAnEscapedPageAndAWayBack() throws Exception {
        HttpResponse<String> response = post(server.uri(), "application/x-www-form-urlencoded",
                "page=%2Ffaq%2Falpha%2Ffirst%2F&score=1&reasons=%3Cb%3Ebold%3C%2Fb%3E", "Accept", "text/html");
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("has an unknown reason &#39;&lt;b&gt;bold&lt;/b&gt;&#39;"), response.body());
        assertTrue(response.body().contains("href=\"/faq/alpha/first/#rating\""), response.body());
        HttpResponse<String> hostile = post(server.uri(), "application/x-www-form-urlencoded",
                "page=javascript%3Aalert(1)&score=1", "Accept", "text/html");
        assertTrue(hostile.body().contains("href=\"/#rating\""), hostile.body());
    }
}
