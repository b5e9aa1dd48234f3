package dev.faqsite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.PageManifest;
import dev.faqsite.testing.ServeProcess;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vote answered 200 is never lost: {@code faqsite serve} runs as a separate process, several threads vote, the
 * process is killed with SIGKILL while votes are in flight, and after a restart every acknowledged vote is there,
 * exactly once, with the score of its last acknowledged vote.
 */
class VoteDurabilityIT {

    static final int THREADS = 8;
    static final int KILL_AFTER_ACKS = 400;

    @TempDir
    Path tmp;
    ServeProcess server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** What a voter was last told had been stored. */
    record Acked(String page, int score) {
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void keepsEveryAcknowledgedVoteWhenTheServerIsKilledHard() throws Exception {
        Path source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
        // every vote comes from 127.0.0.1: lift the per-client limit for this test
        Files.writeString(source.resolve("site.yml"), Files.readString(source.resolve("site.yml")) + "  votes_per_minute: 10000000\n");
        Path out = tmp.resolve("site");
        server = ServeProcess.start(source, out);
        URI base = server.uri();
        List<String> pages = pages(out);

        Map<String, Acked> acked = new ConcurrentHashMap<>();
        AtomicInteger acks = new AtomicInteger();
        AtomicBoolean killing = new AtomicBoolean();
        ExecutorService voters = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            sent.add(voters.submit(() -> vote(base, pages, thread, acked, acks, killing)));
        }
        while (acks.get() < KILL_AFTER_ACKS) {
            Thread.sleep(5);
        }
        killing.set(true);
        server.kill(); // SIGKILL, mid-flight: no shutdown hook runs
        int attempted = 0;
        for (Future<Integer> f : sent) {
            attempted += f.get(60, TimeUnit.SECONDS);
        }
        voters.shutdown();
        // two votes per voter; a voter whose replacing vote went unanswered is left out (either score may be stored)
        assertTrue(acked.size() >= KILL_AFTER_ACKS / 2 - THREADS, "voters acknowledged: " + acked.size());

        server = ServeProcess.start(source, out);
        URI restarted = server.uri();
        for (Map.Entry<String, Acked> vote : acked.entrySet()) {
            HttpResponse<String> mine = http.send(HttpRequest.newBuilder(restarted.resolve("/api/ratings?page=" + vote.getValue().page()
                    + "&voter=" + vote.getKey())).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode stored = new ObjectMapper().readTree(mine.body()).path("vote");
            assertEquals(vote.getValue().score(), stored.path("score").asInt(), "acknowledged vote of " + vote.getKey() + ": " + mine.body());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + source.resolve("data/ratings.db"));
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT voter) FROM votes")) {
            rows.next();
            assertEquals(rows.getInt(1), rows.getInt(2), "one row per voter: no vote stored twice");
            assertTrue(rows.getInt(1) >= acked.size() && rows.getInt(1) <= attempted, rows.getInt(1) + " rows, "
                    + acked.size() + " acknowledged, " + attempted + " voters");
        }
    }

    /** Votes until the server is gone; each voter votes twice, the second replacing the first. @return voters tried */
    private int vote(URI base, List<String> pages, int thread, Map<String, Acked> acked, AtomicInteger acks,
                     AtomicBoolean killing) {
        int voters = 0;
        for (int i = 0; ; i++) {
            String voter = String.format("durable-%02d-%08d", thread, i);
            String page = pages.get(i % pages.size());
            voters++;
            for (int score : new int[] {1 + i % 5, 1 + (i + 2) % 5}) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/ratings"))
                            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"" + page + "\",\"score\":" + score
                                    + ",\"voter\":\"" + voter + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new AssertionError("vote refused: " + response.statusCode() + " " + response.body());
                    }
                    acked.put(voter, new Acked(page, score));
                    acks.incrementAndGet();
                } catch (IOException | InterruptedException e) {
                    if (killing.get()) {
                        // unanswered: it may or may not have been stored, so it is not counted either way;
                        // a voter whose replacement went unanswered keeps its earlier acknowledged score or the new one
                        acked.computeIfPresent(voter, (v, a) -> a.score() == score ? a : null);
                        return voters;
                    }
                    throw new AssertionError("vote failed while the server was up", e);
                }
            }
        }
    }

    private static List<String> pages(Path out) throws IOException {
        return new ObjectMapper().readValue(out.resolve(PageManifest.FILE_NAME).toFile(), PageManifest.class).pages().stream()
                .map(PageManifest.Page::url).toList();
    }
}
