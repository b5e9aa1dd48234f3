package dev.faqsite.propagation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The first bytes of a region's answer. Error bodies are small JSON objects whose text is under {@code error} or
 * {@code message}; that text is opaque, so it is only ever passed on cleaned, shortened and with the key redacted.
 *
 * @param bytes     at most the prober's limit
 * @param truncated whether the answer was longer and was cut
 */
public record UpstreamBody(byte[] bytes, boolean truncated) {

    static final UpstreamBody EMPTY = new UpstreamBody(new byte[0], false);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGE_LENGTH = 160;

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** Whether the body is what the API sends: one complete JSON object or array. */
    public boolean isJson() {
        return !truncated && tree().isPresent();
    }

    /** The answer's {@code error} or {@code message} text, fit for showing: printable, short, the key replaced. */
    public Optional<String> message(ApiKey key) {
        return tree().flatMap(node -> text(node, "error").or(() -> text(node, "message"))).map(text -> clean(text, key))
                .filter(text -> !text.isEmpty());
    }

    private Optional<JsonNode> tree() {
        if (truncated || bytes.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            return node != null && (node.isObject() || node.isArray()) ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not JSON, or not complete: an unexpected body
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String clean(String text, ApiKey key) {
        String printable = key.redact(text).replaceAll("\\p{Cntrl}|\\p{Cf}", " ").replaceAll("\\s+", " ").strip();
        return printable.length() <= MESSAGE_LENGTH ? printable : printable.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    @Override
    public String toString() {
        // bodies may echo the key: never print one
        return "UpstreamBody[" + bytes.length + " bytes" + (truncated ? ", truncated" : "") + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UpstreamBody body && truncated == body.truncated && Arrays.equals(bytes, body.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + Boolean.hashCode(truncated);
    }

    static UpstreamBody of(String text) {
        return new UpstreamBody(text.getBytes(StandardCharsets.UTF_8), false);
    }
}
