package dev.faqsite.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Good answers of earlier runs, in a JSON file, so that a CI rerun fetches only what it has not seen lately. Failures
 * are never cached: a link that was fixed, or a server that is back, is seen at once.
 */
final class LinkCache {

    private static final int VERSION = 1;

    private final Path file;
    private final Duration ttl;
    private final Map<String, LinkStatus> entries;

    private LinkCache(Path file, Duration ttl, Map<String, LinkStatus> entries) {
        this.file = file;
        this.ttl = ttl;
        this.entries = entries;
    }

    /** The cache in {@code file}; empty when there is none, or it is unreadable or of another version. */
    static LinkCache open(Path file, Duration ttl) {
        Map<String, LinkStatus> entries = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                if (root.path("version").asInt() == VERSION) {
                    root.path("links").fields().forEachRemaining(e -> {
                        JsonNode v = e.getValue();
                        try {
                            entries.put(e.getKey(), new LinkStatus(LinkStatus.Kind.valueOf(v.path("kind").asText()),
                                    v.path("status").asInt(), v.path("movedTo").asText(""), "",
                                    Instant.parse(v.path("checkedAt").asText())));
                        } catch (RuntimeException unreadable) {
                            // an entry written by hand or by another version: fetch that link again
                        }
                    });
                }
            } catch (IOException unreadable) {
                // a broken cache only costs a full check
            }
        }
        return new LinkCache(file, ttl, entries);
    }

    /** A good answer younger than the time-to-live at {@code now}. */
    synchronized Optional<LinkStatus> fresh(String url, Instant now) {
        LinkStatus cached = entries.get(url);
        return cached != null && cached.cacheable() && cached.checkedAt().plus(ttl).isAfter(now) ? Optional.of(cached) : Optional.empty();
    }

    synchronized void put(String url, LinkStatus status) {
        if (status.cacheable()) {
            entries.put(url, status);
        } else {
            entries.remove(url);
        }
    }

    /** Writes the cache beside its place and renames it in, so that an interrupted run leaves the old one whole. */
    synchronized void save() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("version", VERSION);
        ObjectNode links = root.putObject("links");
        new TreeMap<>(entries).forEach((url, s) -> links.putObject(url).put("kind", s.kind().name()).put("status", s.status())
                .put("movedTo", s.movedTo()).put("checkedAt", s.checkedAt().toString()));
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
