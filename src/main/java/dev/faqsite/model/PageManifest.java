package dev.faqsite.model;

import java.util.List;

/**
 * What the build tells the server about the pages it published, written as {@value #FILE_NAME} at the site's root:
 * the ratings API accepts votes only for these pages and records the content version each vote was given to.
 *
 * @param format version of this file's shape, {@value #FORMAT}
 * @param pages  every published question page
 */
public record PageManifest(int format, List<Page> pages) {

    public static final String FILE_NAME = "pages.json";
    public static final int FORMAT = 1;

    public PageManifest {
        pages = List.copyOf(pages);
    }

    /**
     * One question page.
     *
     * @param url            the path it is served at, e.g. {@code /faq/general/what-is/}
     * @param title          its question
     * @param category       its category's id
     * @param categoryLabel  its category's name
     * @param contentVersion hash of its source file: a rewritten answer starts a fresh series of votes
     */
    public record Page(String url, String title, String category, String categoryLabel, String contentVersion) {
    }

    /** The manifest of a baked site: its questions in reading order. */
    public static PageManifest of(NavTree tree) {
        return new PageManifest(FORMAT, tree.sections().stream()
                .flatMap(s -> s.questions().stream().map(q -> new Page(q.url(), q.title(), s.category().id(),
                        s.category().label(), q.contentHash())))
                .toList());
    }
}
