package dev.faqsite.ratings;

import dev.faqsite.model.PageManifest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The pages of the published site, by URL: the only pages votes are accepted for. */
public final class PageCatalog {

    /** A category and its name, for the dashboard's filter. */
    public record CategoryName(String id, String label) {
    }

    private final Map<String, PageManifest.Page> byUrl;

    public PageCatalog(PageManifest manifest) {
        this.byUrl = manifest.pages().stream()
                .collect(Collectors.toMap(PageManifest.Page::url, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public static PageCatalog empty() {
        return new PageCatalog(new PageManifest(PageManifest.FORMAT, List.of()));
    }

    public Optional<PageManifest.Page> page(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** In the site's reading order. */
    public List<PageManifest.Page> pages() {
        return List.copyOf(byUrl.values());
    }

    /** In the site's order, each once. */
    public List<CategoryName> categories() {
        return byUrl.values().stream().map(p -> new CategoryName(p.category(), p.categoryLabel())).distinct().toList();
    }

    public int size() {
        return byUrl.size();
    }
}
