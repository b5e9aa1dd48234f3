package dev.faqsite.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The checks run over a built site ({@code faqsite check}, {@code faqsite build --strict}). Each can be set to
 * {@code error}, {@code warning} or {@code off} under {@code checks:} in {@code site.yml}; see {@link #defaultLevel()}.
 */
public enum CheckRule {
    BROKEN_LINK("broken-link", "internal links point to pages that exist"),
    BROKEN_ANCHOR("broken-anchor", "links to #fragments point to ids that exist"),
    MISSING_FILE("missing-file", "images, scripts and stylesheets exist"),
    DUPLICATE_ID("duplicate-id", "element ids are unique in a page"),
    IMAGE_ALT("image-alt", "images have alt text"),
    HEADINGS("headings", "exactly one h1 and no skipped heading levels"),
    PAGE_META("page-meta", "every page has a title, a meta description and a canonical URL"),
    LANG("lang", "the html element has a lang"),
    LANDMARKS("landmarks", "landmarks of the same kind have distinct labels"),
    ACCESSIBLE_NAME("accessible-name", "buttons and form fields have an accessible name"),
    LINK_TEXT("link-text", "links have text that says where they go"),
    STRUCTURED_DATA("structured-data", "JSON-LD parses and matches the visible page"),
    /** Fetched only by {@code faqsite check --external}: the build itself stays offline. A warning by default. */
    EXTERNAL_LINK("external-link", "external links answer (checked with check --external)");

    private final String id;
    private final String description;

    CheckRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name used in {@code site.yml} and in findings, e.g. {@code broken-link}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The level when {@code site.yml} does not set one: errors, except external links, which others' servers decide. */
    public CheckLevel defaultLevel() {
        return this == EXTERNAL_LINK ? CheckLevel.WARNING : CheckLevel.ERROR;
    }

    public static Optional<CheckRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
