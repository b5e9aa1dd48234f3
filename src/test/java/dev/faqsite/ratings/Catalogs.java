package dev.faqsite.ratings;

import dev.faqsite.model.PageManifest;

import java.util.List;

/** Small page catalogs for the tests of this package. */
final class Catalogs {

    static final String FIRST = "/faq/alpha/first/";
    static final String SECOND = "/faq/alpha/second/";
    static final String THIRD = "/faq/beta/third/";

    private Catalogs() {
    }

    /** Three pages in two categories, each at version {@code v1-…}. */
    static PageCatalog three() {
        return new PageCatalog(new PageManifest(PageManifest.FORMAT, List.of(
                new PageManifest.Page(FIRST, "First?", "alpha", "Alpha", "v1-first"),
                new PageManifest.Page(SECOND, "Second?", "alpha", "Alpha", "v1-second"),
                new PageManifest.Page(THIRD, "Third?", "beta", "Beta", "v1-third"))));
    }
}
