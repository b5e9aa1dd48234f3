package dev.faqsite.server;

import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.RatingsConfig;
import dev.faqsite.testing.KeyChecks;
import dev.faqsite.testing.Sites;
import dev.faqsite.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers on one PostgreSQL, as behind a load balancer: a client that alternates between them gets one limit —
 * votes, key checks per key, demo keys, admin attempts — not one per server. The buckets' rows hold no address.
 */
class SharedLimitsIT {

    static final String TOKEN = "shared-limits-admin-token-0123";
    static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;
    static String url;
    static final List<AutoCloseable> running = new ArrayList<>();
    static final List<URI> servers = new ArrayList<>();

    @BeforeAll
    static void twoServersOnOneDatabase() throws Exception {
        url = TestPostgres.freshSchema("faqsite_shared_limits");
        Path out = tmp.resolve("site");
        Sites.build(Sites.fixture("small"), out);
        RatingsConfig ratings = new RatingsConfig(true, "data", Optional.of(url), RatingsConfig.Durability.NORMAL, 4, false,
                Optional.of(TOKEN));
        KeyCheckConfig checks = KeyChecks.config(KeyChecks.INSTANT_REGIONS, new KeyCheckConfig.Limits(1000, 3, 1000, 2));
        for (int i = 0; i < 2; i++) {
            Operations operations = new Operations();
            RatingsService service = RatingsService.start(ratings, tmp, out, Map.of(), operations);
            KeyCheckService checker = KeyCheckService.start(checks, "https://support.example.test/", out, Clock.systemUTC(),
                    service.limits(), operations);
            List<Mount> mounts = new ArrayList<>(service.mounts());
            mounts.addAll(checker.mounts());
            SiteServer server = SiteServer.start(out, ServerOptions.of("127.0.0.1", 0), mounts, null, operations);
            running.addAll(List.of(server, checker, service, operations));
            servers.add(server.uri());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : running) {
            closeable.close();
        }
    }

    static int post(int server, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(servers.get(server % 2).resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void votesFromOneAddressShareOneLimitAcrossBothServers() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(post(i, "/api/ratings", "{\"page\":\"/faq/alpha/first/\",\"score\":3,\"voter\":\"shared-voter-" + i + "-0000000\"}"));
        }
        assertEquals(List.of(200, 200, 200, 200, 429, 429), statuses, "4 a minute in all, alternating between the two servers");
    }

    @Test
    void checksOfOneKeyAndDemoKeysShareOneLimitAcrossBothServers() throws Exception {
        List<Integer> checks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            checks.add(post(i, "/api/key-check", "{\"key\":\"SHARED-KEY-0001\"}"));
        }
        assertEquals(List.of(200, 200, 200, 429, 429), checks, "3 checks of one key a minute, whichever server is asked");
        assertEquals(200, post(0, "/api/key-check", "{\"key\":\"OTHER-KEY-0002\"}"));
        List<Integer> demo = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            demo.add(post(i, "/api/demo/keys", ""));
        }
        assertEquals(List.of(201, 201, 429), demo);
    }

    @Test
    void adminAttemptsShareOneLimitAndNoAddressIsStored() throws Exception {
        int refused = 0;
        for (int i = 0; i < AdminGate.ATTEMPTS.perMinute() + 4; i++) {
            int status = http.send(HttpRequest.newBuilder(servers.get(i % 2).resolve("/admin/ratings/"))
                    .header("Authorization", "Bearer wrong-" + i).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(4, refused);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM faqsite_rate_limits")) {
            int count = 0;
            while (rows.next()) {
                count++;
                String id = rows.getString(1);
                assertFalse(id.contains("127.0.0.1") || id.contains("SHARED-KEY"), id);
                assertTrue(id.matches("[a-z-]+:[0-9a-f]{40}"), id);
            }
            assertTrue(count > 0, "the buckets are in the shared table");
        }
    }
}
