package dev.faqsite.ratings;

import dev.faqsite.model.PageManifest;
import dev.faqsite.ratings.PageRating.Tally;
import dev.faqsite.ratings.VoteStore.VersionTally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What authors read: every page with its votes on the live version, worst first, and the change against the version
 * before — a rewritten answer starts a fresh series, and the change says whether the rewrite helped.
 */
public final class RatingsReport {

    /** Worst average first; among equals the page with more votes (more certain) first; pages without votes last. */
    static final Comparator<PageRating> WORST_FIRST = Comparator
            .<PageRating>comparingDouble(r -> r.average().orElse(Double.MAX_VALUE))
            .thenComparing(Comparator.comparingInt(PageRating::votes).reversed())
            .thenComparing(PageRating::page);

    private RatingsReport() {
    }

    /**
     * @param tallies  every version of every page that has votes
     * @param catalog  the site as last built: its pages, titles, categories and live versions
     * @param category only this category's pages; empty for all
     */
    public static List<PageRating> build(List<VersionTally> tallies, PageCatalog catalog, Optional<String> category) {
        Map<String, List<VersionTally>> byPage = new LinkedHashMap<>();
        for (VersionTally tally : tallies) {
            byPage.computeIfAbsent(tally.page(), p -> new ArrayList<>()).add(tally);
        }
        List<PageRating> rows = new ArrayList<>();
        for (PageManifest.Page page : catalog.pages()) {
            if (category.isEmpty() || category.get().equals(page.category())) {
                rows.add(rating(page.url(), page.title(), page.category(), page.categoryLabel(), true, page.contentVersion(),
                        byPage.getOrDefault(page.url(), List.of())));
            }
        }
        if (category.isEmpty()) {
            // pages removed from the site keep their votes: authors may still want to see them
            byPage.forEach((url, versions) -> {
                if (catalog.page(url).isEmpty()) {
                    String latest = versions.stream().max(Comparator.comparing(VersionTally::last)).orElseThrow().contentVersion();
                    rows.add(rating(url, "", "", "", false, latest, versions));
                }
            });
        }
        rows.sort(WORST_FIRST);
        return rows;
    }

    private static PageRating rating(String url, String title, String category, String categoryLabel, boolean live, String version,
                                     List<VersionTally> versions) {
        Map<String, VersionTally> byVersion = new HashMap<>();
        versions.forEach(v -> byVersion.put(v.contentVersion(), v));
        Tally current = Optional.ofNullable(byVersion.get(version)).map(RatingsReport::tally).orElse(Tally.none(version));
        // the version before: of the other versions, the one voted on last
        Optional<Tally> previous = versions.stream()
                .filter(v -> !v.contentVersion().equals(version))
                .max(Comparator.comparing(VersionTally::last))
                .map(RatingsReport::tally);
        return new PageRating(url, title, category, categoryLabel, live, version, current, previous);
    }

    private static Tally tally(VersionTally v) {
        return new Tally(v.contentVersion(), v.counts(), v.reasons());
    }
}
