package dev.faqsite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.propagation.ApiKey;
import dev.faqsite.propagation.KeyChecker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How {@code faqsite keycheck} runs a check: by probing the configured regions from this machine, or through the API
 * of a running {@code faqsite serve} (the only way to reach demo mode's simulated regions).
 */
interface KeyCheckClient extends AutoCloseable {

    /** A check that ran, or a refusal from the server (bad key, rate limit, busy). */
    sealed interface Answer {
        record Checked(KeyCheckRound round) implements Answer {
        }

        /** @param retryAfter when a refusal is temporary (429, 503), how long to wait */
        record Refused(String message, Optional<Duration> retryAfter) implements Answer {
        }
    }

    Answer check(ApiKey key, int attempt, Optional<String> firstCheckAt) throws IOException, InterruptedException;

    @Override
    void close();

    /** Probes the configured regions from here. */
    static KeyCheckClient direct(KeyCheckConfig config, String supportUrl, URI site) {
        KeyChecker checker = new KeyChecker(config.regions(), config, supportUrl, Clock.systemUTC());
        return new KeyCheckClient() {
            @Override
            public Answer check(ApiKey key, int attempt, Optional<String> firstCheckAt) {
                KeyChecker.Start start = checker.check(key, attempt, firstCheckAt.map(Instant::parse), result -> { });
                if (start instanceof KeyChecker.Start.Busy busy) {
                    return new Answer.Refused("too many probes in flight", Optional.of(busy.retryAfter()));
                }
                return new Answer.Checked(KeyCheckRound.of(((KeyChecker.Start.Started) start).report().join(), site));
            }

            @Override
            public void close() {
                checker.close();
            }
        };
    }

    /** Asks a running server's {@code POST /api/key-check} for one JSON answer. */
    static KeyCheckClient server(URI server) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        ObjectMapper json = new ObjectMapper();
        URI api = server.resolve(KeyCheckConfig.API_PATH);
        return new KeyCheckClient() {
            @Override
            public Answer check(ApiKey key, int attempt, Optional<String> firstCheckAt) throws IOException, InterruptedException {
                ObjectNode body = json.createObjectNode().put("key", key.reveal()).put("attempt", attempt);
                firstCheckAt.ifPresent(first -> body.put("first_check", first));
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api).timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode tree;
                try {
                    tree = json.readTree(answer.body());
                } catch (IOException e) {
                    return new Answer.Refused("the server at " + server + " answered HTTP " + answer.statusCode()
                            + " without the checker's JSON: is it a faqsite server with the key checker?", Optional.empty());
                }
                if (answer.statusCode() == 200) {
                    return new Answer.Checked(KeyCheckRound.of(tree, server));
                }
                Optional<Duration> wait = answer.statusCode() == 429 || answer.statusCode() == 503
                        ? Optional.of(Duration.ofSeconds(answer.headers().firstValueAsLong("Retry-After").orElse(10)))
                        : Optional.empty();
                return new Answer.Refused(tree.path("message").asText("HTTP " + answer.statusCode()), wait);
            }

            @Override
            public void close() {
                // java.net.http.HttpClient of Java 17 has nothing to close
            }
        };
    }
}
