package dev.faqsite.server;

import dev.faqsite.model.PageManifest;
import dev.faqsite.model.RatingsConfig.Durability;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.testing.ServeProcess;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code faqsite serve} as its own process, stopped with SIGTERM as a service manager stops it: a check that fits in
 * the grace period ends with its summary, one that does not ends with a {@code shutdown} event the page understands,
 * the vote taken just before is stored, and the process exits 0.
 */
class ShutdownIT {

    @TempDir
    Path tmp;
    ServeProcess server;

    @AfterEach
    void kill() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sigtermFinishesWhatItCanEndsTheRestWithAShutdownEventAndExitsZero() throws Exception {
        Path source = Sites.copy(Sites.fixture("checker"), tmp.resolve("src"));
        String config = Files.readString(source.resolve("site.yml"))
                .replace("{ id: apac, latency_ms: 60, propagation_seconds: 4 }", "{ id: apac, latency_ms: 15000, propagation_seconds: 0 }")
                .replace("timeout_ms: 2000", "timeout_ms: 20000")
                + "ratings:\n  enabled: true\n";
        Files.writeString(source.resolve("site.yml"), config);
        Path out = tmp.resolve("out");
        server = ServeProcess.start(source, out, "--shutdown-grace", "2");
        URI base = server.uri();
        HttpClient http = HttpClient.newHttpClient();
        String page = ManifestFile.read(out).pages().stream().map(PageManifest.Page::url).findFirst().orElseThrow();

        HttpResponse<String> vote = http.send(HttpRequest.newBuilder(base.resolve("/api/ratings")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"" + page + "\",\"score\":5,\"voter\":\"shutdown-voter-00000001\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, vote.statusCode(), vote.body());
        CompletableFuture<HttpResponse<String>> stream = http.sendAsync(HttpRequest.newBuilder(base.resolve("/api/key-check"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"AAAA-BBBB-CCCC-DDDD\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500); // the fast regions answer; apac takes 15 s, longer than the grace

        server.terminate();
        assertEquals(0, server.exitCode(60), String.join("\n", server.output()));

        String events = stream.get(10, TimeUnit.SECONDS).body();
        assertTrue(events.contains("event: region\ndata: {\"region\":\"ncsa\""), events);
        assertTrue(events.endsWith("event: shutdown\ndata: {\"message\":\"The server is restarting: the check was not finished. "
                + "It will be checked again in a moment.\",\"retryAfterSeconds\":5}\n\n"), events);
        assertTrue(server.output().stream().anyMatch(l -> l.startsWith("Stopping (SIGTERM)")), String.join("\n", server.output()));

        try (VoteStore store = JdbcVoteStore.open(Database.Sqlite.in(source.resolve("data"), Durability.NORMAL))) {
            String version = ManifestFile.read(out).page(page).orElseThrow().contentVersion();
            assertEquals(5, store.find(page, version, "shutdown-voter-00000001").orElseThrow().score());
        }
    }
}
