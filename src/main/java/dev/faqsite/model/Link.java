package dev.faqsite.model;

/** A labelled link, as written in the site config. */
public record Link(String label, String href) {

    /** Whether following it leaves the site (an absolute http(s) URL). */
    public boolean external() {
        return href.startsWith("http://") || href.startsWith("https://");
    }
}
