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
import dev.faqsite.testing.KeyChecks;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON access log: the six fields of each request and nothing else — no key, voter, header or API query. */
class AccessLogIT {

    static final String KEY = "7A7A7A7A-AAAA-4BBB-8CCC-0123456789CD";
    static final String VOTER = "access-log-voter-4d1e22aa";

    @TempDir
    Path tmp;

    @Test
    void logsMethodPathStatusDurationAndClientOnly() throws Exception {
        Path out = tmp.resolve("site");
        Sites.build(Sites.fixture("small"), out);
        Path log = tmp.resolve("logs/access.jsonl");
        HttpClient http = HttpClient.newHttpClient();
        try (Operations operations = new Operations();
             VoteStore store = JdbcVoteStore.open(Database.Sqlite.in(tmp.resolve("data"), Durability.NORMAL));
             KeyCheckService checker = KeyCheckService.start(KeyChecks.config(KeyChecks.INSTANT_REGIONS), "https://support.example.test/",
                     out, Clock.systemUTC(), new LocalRateLimits(Clock.systemUTC()), operations)) {
            List<Mount> mounts = new ArrayList<>(checker.mounts());
            mounts.add(RatingsApi.mount(new RatingsApi(store, ManifestFile.in(out),
                    new VoteRateLimiter(new LocalRateLimits(Clock.systemUTC()), 100), false, Clock.systemUTC(), operations)));
            try (SiteServer server = SiteServer.start(out, ServerOptions.of("127.0.0.1", 0).withAccessLog(Optional.of(log.toString()), false),
                    mounts, null, operations)) {
                http.send(HttpRequest.newBuilder(server.uri().resolve("/faq/alpha/first/?from=newsletter")).header("User-Agent", "agent-x")
                        .header("Cookie", "session=cookie-y").build(), HttpResponse.BodyHandlers.ofString());
                http.send(HttpRequest.newBuilder(server.uri().resolve("/api/key-check?attempt=1")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + KEY + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                http.send(HttpRequest.newBuilder(server.uri().resolve("/api/ratings?page=/faq/alpha/first/&voter=" + VOTER)).build(),
                        HttpResponse.BodyHandlers.ofString());
                http.send(HttpRequest.newBuilder(server.uri().resolve("/no-such-page")).build(), HttpResponse.BodyHandlers.ofString());
            }
        }
        String text = Files.readString(log);
        for (String secret : List.of(KEY, VOTER, "agent-x", "cookie-y", "attempt=1")) {
            assertFalse(text.contains(secret), secret + " in\n" + text);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = text.lines().toList();
        assertEquals(4, lines.size(), text);
        List<String> seen = new ArrayList<>();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            Set<String> fields = new TreeSet<>();
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                fields.add(names.next());
            }
            assertEquals(Set.of("client", "durationMs", "method", "path", "status", "time"), fields, line);
            assertEquals("127.0.0.1", entry.get("client").asText());
            assertTrue(entry.get("durationMs").asLong() >= 0);
            seen.add(entry.get("method").asText() + " " + entry.get("path").asText() + " " + entry.get("status").asInt());
        }
        assertEquals(List.of("GET /faq/alpha/first/?from=newsletter 200", "POST /api/key-check 200", "GET /api/ratings 200",
                "GET /no-such-page 404"), seen);
    }
}
