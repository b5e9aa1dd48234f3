package dev.faqsite.server;

import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.simulator.Fault;
import dev.faqsite.simulator.SimulatedRegion;
import dev.faqsite.testing.CheckerServer;
import dev.faqsite.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs checks of every kind — valid and unknown keys, upstream faults (one of which echoes the key), malformed input,
 * refused requests — then searches everything the server said and wrote for the keys: every answer (status, headers,
 * body, for JSON, SSE and HTML), every log event from DEBUG up, everything printed to stdout and stderr, and every
 * file under the test's folder (the built site included). Only fingerprints may appear.
 */
class KeyNeverLeaksIT {

    private static final String KNOWN = "C0FFEE00-5EC2-4E7A-9B1D-00112233AABB";
    private static final String UNKNOWN = "DEADBEEF-5EC2-4E7A-9B1D-44556677CCDD";

    @TempDir
    Path tmp;

    @Test
    void neverWritesTheKeyToAnyAnswerLogOutputOrFile() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<String> transcripts = new ArrayList<>();
        List<String> logLines;
        try (LogCapture logs = new LogCapture()) {
            System.setOut(new PrintStream(tee(out, printed), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(tee(err, printed), true, StandardCharsets.UTF_8));
            try (CheckerServer server = CheckerServer.build("checker", tmp.resolve("site"),
                    fixture -> fixture.withLimits(new KeyCheckConfig.Limits(1000, 12, 1000, 1000)))) {
                exercise(server);
                transcripts.addAll(server.transcripts());
            }
            logLines = logs.lines();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertTrue(logLines.stream().anyMatch(l -> l.contains("answered HTTP 400") && l.contains("…AABB")),
                "the probe error was logged, by fingerprint: " + logLines);
        assertTrue(transcripts.size() > 25, "every kind of answer was captured");
        List<String> leaks = new ArrayList<>();
        search("answer", transcripts, leaks);
        search("log", logLines, leaks);
        search("stdout/stderr", List.of(printed.toString(StandardCharsets.UTF_8)), leaks);
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                search(tmp.relativize(file).toString(), List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)), leaks);
            }
        }
        assertEquals(List.of(), leaks);
    }

    private static void exercise(CheckerServer server) throws Exception {
        server.simulator().keys().issue(KNOWN);
        for (String key : List.of(KNOWN, UNKNOWN)) {
            everyWay(server, "\"key\": \"" + key + "\"", "key=" + key);
        }
        // upstream faults: one region echoes the key in its JSON error, one in an HTML page, one calls the probe malformed
        SimulatedRegion ncsa = server.simulator().region("ncsa");
        SimulatedRegion emea = server.simulator().region("emea");
        SimulatedRegion apac = server.simulator().region("apac");
        ncsa.inject(Fault.echoingError());
        emea.inject(Fault.unexpectedBody());
        apac.inject(Fault.status(400));
        everyWay(server, "\"key\": \"" + KNOWN + "\"", "key=" + KNOWN);
        ncsa.inject(Fault.timeout());
        emea.inject(Fault.connectionRefused());
        apac.inject(Fault.slowBody());
        server.postJson("{\"key\": \"" + KNOWN + "\"}");
        ncsa.inject(Fault.rateLimited(Duration.ofSeconds(30)));
        emea.inject(Fault.status(503));
        apac.inject(Fault.redirect(server.uri().resolve("/?key=" + KNOWN)));
        everyWay(server, "\"key\": \"" + KNOWN + "\"", "key=" + KNOWN);
        for (SimulatedRegion region : server.simulator().all()) {
            region.inject(Fault.none());
        }
        // malformed input that contains a key
        for (String bad : List.of(KNOWN + "\\r\\nX-Evil: 1", KNOWN + "!", KNOWN + " " + KNOWN, KNOWN.repeat(4), "\\t" + KNOWN)) {
            server.postJson("{\"key\": \"" + bad + "\"}");
        }
        server.postJson("{\"key\": \"" + KNOWN + "\", \"url\": \"http://evil.test/" + KNOWN + "\"}");
        server.postJson("{\"" + KNOWN + "\": 1}");
        server.postJson("{\"key\": \"" + KNOWN + "\", \"first_check\": \"" + KNOWN + "\"}");
        server.post("/api/key-check", "text/plain", KNOWN, "application/json");
        server.postJson("{\"key\": \"" + KNOWN + "\", \"pad\": \"" + "x".repeat(5000) + "\"}");
        try {
            server.send(server.request("/api/key-check").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(("{\"key\": \"" + KNOWN + "\", \"pad\": \""
                            + "y".repeat(5000) + "\"}").getBytes()))).build());
        } catch (IOException e) {
            // the server may answer 413 and close before the client has sent the whole chunked body
        }
        server.send(server.request("/api/key-check?key=" + KNOWN).GET().build());
        server.post("/api/key-check", "application/x-www-form-urlencoded", "key=" + KNOWN + "&key=" + UNKNOWN, "text/html");
        server.post("/api/key-check", "application/x-www-form-urlencoded", "key=" + KNOWN + "%0A", "text/html");
        // until the per-key limit refuses
        HttpResponse<String> last = null;
        for (int i = 0; i < 12 && (last == null || last.statusCode() != 429); i++) {
            last = server.postJson("{\"key\": \"" + KNOWN + "\"}");
        }
        assertEquals(429, last.statusCode());
        server.post("/api/key-check", "application/x-www-form-urlencoded", "key=" + KNOWN, "text/html");
    }

    /** The same check as JSON, as an event stream, and as a form posted by a browser without JavaScript. */
    private static void everyWay(CheckerServer server, String jsonField, String formBody) throws Exception {
        server.postJson("{" + jsonField + "}");
        server.post("/api/key-check", "application/json", "{" + jsonField + "}", "text/event-stream");
        server.post("/api/key-check", "application/x-www-form-urlencoded", formBody + "&attempt=2", "text/html,application/xhtml+xml");
    }

    private static void search(String where, List<String> texts, List<String> leaks) {
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String key : List.of(KNOWN, UNKNOWN)) {
                int at = lower.indexOf(key.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    leaks.add(where + ": …" + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 60)) + "…");
                }
            }
        }
    }

    private static OutputStream tee(OutputStream first, OutputStream second) {
        return new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                first.write(b);
                second.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                first.write(b, off, len);
                second.write(b, off, len);
            }
        };
    }
}
