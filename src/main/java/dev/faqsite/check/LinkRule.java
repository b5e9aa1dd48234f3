package dev.faqsite.check;

/**
 * The rules about where a page points, judged across the whole site at once ({@link SiteChecker} resolves every
 * link against every page's files and ids).
 */
enum LinkRule implements Rule {
    BROKEN_LINK("broken-link", "internal links point to pages that exist"),
    BROKEN_ANCHOR("broken-anchor", "links to #fragments point to ids that exist"),
    MISSING_FILE("missing-file", "images, scripts and stylesheets exist");

    private final String id;
    private final String description;

    LinkRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }
}
