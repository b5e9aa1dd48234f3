package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

import java.util.Map;

/**
 * Where each front-matter key is written, so that a finding about a page's title or description points at that line
 * rather than at the top of the file.
 *
 * @param file the file, for keys it does not write
 * @param keys each written key's place
 */
public record KeyPositions(SourceRef file, Map<String, SourceRef> keys) {

    public KeyPositions {
        keys = Map.copyOf(keys);
    }

    /** The place of {@code key}, or the start of the file when the key is not written. */
    public SourceRef of(String key) {
        return keys.getOrDefault(key, file);
    }
}
