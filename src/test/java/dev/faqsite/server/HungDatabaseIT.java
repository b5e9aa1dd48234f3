package dev.faqsite.server;

import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.VoteRateLimiter;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.testing.LogCapture;
import dev.faqsite.testing.Sites;
import dev.faqsite.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PostgreSQL that holds every statement (here: a lock on the votes table that nobody releases) must not hold the
 * vote writer and the readers with it: the statement timeout ends the wait, the vote is answered 503, and once the
 * database answers again votes are stored again.
 */
class HungDatabaseIT {

    @TempDir
    Path tmp;

    @Test
    void aDatabaseThatHangsIsAnswered503AndVotesResumeWhenItAnswersAgain() throws Exception {
        String url = TestPostgres.freshSchema("faqsite_hung");
        Path out = tmp.resolve("site");
        Sites.build(Sites.fixture("small"), out);
        Database database = new Database.Postgres(url, Optional.empty(), Optional.empty(), Duration.ofSeconds(1));
        HttpClient http = HttpClient.newHttpClient();
        try (VoteStore store = JdbcVoteStore.open(database);
             SiteServer server = SiteServer.start(out, "127.0.0.1", 0, List.of(RatingsApi.mount(new RatingsApi(store,
                     ManifestFile.in(out), new VoteRateLimiter(new LocalRateLimits(Clock.systemUTC()), 1000), false, Clock.systemUTC()))));
             Connection holder = DriverManager.getConnection(url)) {
            String voter = UUID.randomUUID().toString();
            HttpRequest vote = HttpRequest.newBuilder(server.uri().resolve("/api/ratings")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"page\":\"/faq/alpha/first/\",\"score\":4,\"voter\":\"" + voter + "\",\"comment\":\"a private remark\"}")).build();
            HttpRequest lookup = HttpRequest.newBuilder(server.uri().resolve("/api/ratings?page=/faq/alpha/first/&voter="
                    + UUID.randomUUID())).timeout(Duration.ofSeconds(30)).build();
            assertEquals(200, http.send(vote, HttpResponse.BodyHandlers.ofString()).statusCode());

            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("LOCK TABLE votes IN ACCESS EXCLUSIVE MODE");
            }
            try (LogCapture log = new LogCapture()) {
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> refused = http.send(vote, HttpResponse.BodyHandlers.ofString());
                    assertEquals(503, refused.statusCode(), refused.body());
                }
                assertEquals(503, http.send(lookup, HttpResponse.BodyHandlers.ofString()).statusCode());

                holder.rollback();
                assertEquals(200, http.send(vote, HttpResponse.BodyHandlers.ofString()).statusCode());
                assertEquals(200, http.send(lookup, HttpResponse.BodyHandlers.ofString()).statusCode());
                List<String> lines = log.lines();
                // an outage is two lines, not one per vote, and neither carries the voter or the comment
                assertEquals(1, lines.stream().filter(l -> l.startsWith("ERROR") && l.contains("cannot store votes")).count(), String.join("\n", lines));
                assertTrue(lines.stream().anyMatch(l -> l.contains("cannot store votes: works again, after 3 failures")), String.join("\n", lines));
                assertTrue(lines.stream().noneMatch(l -> l.contains(voter) || l.contains("private remark")), String.join("\n", lines));
            }
        }
    }
}
