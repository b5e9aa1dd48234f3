package dev.faqsite.model;

import java.util.Map;
import java.util.Optional;

/**
 * Everything under {@code content/}, read and validated before anything is baked: the navigation of the published
 * questions and the snippets their answers may include.
 *
 * @param tree     categories and published questions, in order
 * @param snippets by their path under {@code content/}
 */
public record SiteContent(NavTree tree, Map<String, Snippet> snippets) {

    public SiteContent {
        snippets = Map.copyOf(snippets);
    }

    public Optional<Snippet> snippet(String file) {
        return Optional.ofNullable(snippets.get(file));
    }
}
