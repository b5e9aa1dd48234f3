package dev.faqsite.model;

/** One step of a breadcrumb trail; the last step is the current page. */
public record Crumb(String label, String url) {
}
