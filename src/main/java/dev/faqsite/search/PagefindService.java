package dev.faqsite.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running {@code pagefind --service}: the protocol Pagefind's own Node API speaks, spoken from Java, so that a build
 * needs no Node.js. Each request and each answer is a JSON object, base64-encoded and followed by a comma, on the
 * process's stdin and stdout; requests carry an id, and one reader thread completes the future of the request each
 * answer names. Pagefind handles the requests of an index one after the other, in the order they were sent.
 * Thread-safe: pages are sent from every rendering thread.
 */
public final class PagefindService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How long an awaited answer may take before Pagefind counts as hung: a hung Pagefind must not hang the build. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    private final Process process;
    private final Path log;
    private final Duration patience;
    private final OutputStream requests;
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile String stopped;

    private PagefindService(Process process, Path log, Duration patience) {
        this.process = process;
        this.log = log;
        this.patience = patience;
        this.requests = process.getOutputStream();
    }

    /** Starts the service; what Pagefind logs goes to a file, read back only to explain a failure. */
    public static PagefindService start(Path binary) throws IOException {
        return start(binary, PATIENCE);
    }

    static PagefindService start(Path binary, Duration patience) throws IOException {
        Path log = Files.createTempFile("faqsite-pagefind-", ".log");
        Process process = new ProcessBuilder(binary.toString(), "--service")
                .redirectError(log.toFile())
                .start();
        PagefindService service = new PagefindService(process, log, patience);
        Thread reader = new Thread(() -> service.readAnswers(process.getInputStream()), "pagefind-answers");
        reader.setDaemon(true);
        reader.start();
        return service;
    }

    /**
     * Sends one request.
     *
     * @param payload the request's {@code type} and fields, as Pagefind's service defines them
     * @return completes with the answer's payload, or exceptionally with a {@link SearchIndexException} saying what
     *         Pagefind answered or why it stopped
     */
    CompletableFuture<JsonNode> send(ObjectNode payload) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", id);
        message.set("payload", payload);
        try {
            byte[] encoded = Base64.getEncoder().encode(JSON.writeValueAsBytes(message));
            synchronized (requests) {
                requests.write(encoded);
                requests.write(',');
                requests.flush();
            }
        } catch (IOException e) {
            // a closed pipe: the process is gone, and its exit code and last words say more than the pipe
            fail(why("Pagefind stopped"));
        }
        if (stopped != null) {
            fail(stopped);
        }
        return answer;
    }

    /**
     * Sends a request the caller waits for: it fails with a {@link SearchIndexException} if Pagefind has not answered
     * it within the service's patience (ten minutes unless a test says otherwise).
     */
    CompletableFuture<JsonNode> sendAwaited(ObjectNode payload) {
        String type = payload.path("type").asText();
        return send(payload).orTimeout(patience.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof TimeoutException) {
                // a hung Pagefind counts as stopped: whoever keeps it then knows to start another
                fail("Pagefind did not answer " + type + " within " + patience.toSeconds() + " s");
                return CompletableFuture.failedFuture(new SearchIndexException(stopped));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    /**
     * Whether Pagefind can still answer: false once it exited, was closed, or did not answer in time. A request it
     * refused leaves it running.
     */
    public boolean isRunning() {
        return stopped == null && process.isAlive();
    }

    /** Why it is not running: how it exited and the last lines it logged, or that it hung or was closed. */
    public String whyStopped() {
        return stopped != null ? stopped : why("Pagefind stopped");
    }

    static ObjectNode request(String type) {
        return object().put("type", type);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private void readAnswers(InputStream answers) {
        try (InputStream in = new BufferedInputStream(answers, 1 << 16)) {
            ByteArrayOutputStream message = new ByteArrayOutputStream(1 << 12);
            int b;
            while ((b = in.read()) >= 0) {
                if (b != ',') {
                    message.write(b);
                    continue;
                }
                answer(message.toByteArray());
                message.reset();
            }
        } catch (IOException | RuntimeException e) {
            // the process went away or said something that is not the protocol: explained below from its exit and log
        }
        fail(why("Pagefind stopped"));
    }

    private void answer(byte[] encoded) throws IOException {
        JsonNode message = JSON.readTree(Base64.getDecoder().decode(encoded));
        JsonNode payload = message.path("payload");
        int id = message.path("message_id").asInt(-1);
        if (id < 0 && payload.has("original_message")) {
            // Pagefind could not read a request: the id is in the request it sends back
            id = JSON.readTree(payload.path("original_message").asText("{}")).path("message_id").asInt(-1);
        }
        CompletableFuture<JsonNode> waiter = waiting.remove(id);
        if (waiter == null) {
            return;
        }
        if ("Error".equals(payload.path("type").asText())) {
            waiter.completeExceptionally(new SearchIndexException("Pagefind: " + payload.path("message").asText("failed")));
        } else {
            waiter.complete(payload);
        }
    }

    /** Why the service stopped, with its exit code and the last lines it logged when it has exited. */
    private String why(String what) {
        StringBuilder text = new StringBuilder(what);
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                text.append(" (exit ").append(process.exitValue()).append(')');
            }
            String said = Files.exists(log) ? Files.readString(log).strip() : "";
            if (!said.isEmpty()) {
                List<String> lines = said.lines().toList();
                text.append(": ").append(String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip());
            }
        } catch (IOException e) {
            // the reason stays without Pagefind's own words
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text.toString();
    }

    private void fail(String reason) {
        if (stopped == null) {
            stopped = reason;
        }
        waiting.keySet().forEach(id -> {
            CompletableFuture<JsonNode> waiter = waiting.remove(id);
            if (waiter != null) {
                waiter.completeExceptionally(new SearchIndexException(stopped));
            }
        });
    }

    static byte[] decode(JsonNode base64) {
        return Base64.getDecoder().decode(base64.asText().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // the process is ended below either way
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        fail("Pagefind was closed");
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file the system cleans up anyway
        }
    }
}
