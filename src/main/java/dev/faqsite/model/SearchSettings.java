package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

/**
 * Whether the site has full-text search (a Pagefind index built over the output).
 *
 * @param enabled    build the index and show the search box
 * @param declaredAt where the config asks for it, to point there when the indexer is missing
 */
public record SearchSettings(boolean enabled, SourceRef declaredAt) {

    public static SearchSettings off(String configPath) {
        return new SearchSettings(false, SourceRef.of(configPath));
    }
}
