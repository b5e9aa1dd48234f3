package dev.faqsite.model;

import java.util.Map;
import java.util.Optional;

/**
 * Everything under {@code content/}, read and validated before anything is baked: the navigation of the published
 * questions and the snippets their answers may include.
 *
 * @param tree     categories and published questions, in order
 * @param snippets by their path under {@code content/}
 * @param texts    the categories' own texts ({@code _index.md}), by category id
 */
public record SiteContent(NavTree tree, Map<String, Snippet> snippets, Map<String, CategoryText> texts) {

    public SiteContent {
        snippets = Map.copyOf(snippets);
        texts = Map.copyOf(texts);
    }

    public SiteContent(NavTree tree, Map<String, Snippet> snippets) {
        this(tree, snippets, Map.of());
    }

    public Optional<CategoryText> text(String categoryId) {
        return Optional.ofNullable(texts.get(categoryId));
    }

    public Optional<Snippet> snippet(String file) {
        return Optional.ofNullable(snippets.get(file));
    }
}
