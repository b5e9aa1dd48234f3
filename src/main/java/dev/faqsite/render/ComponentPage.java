package dev.faqsite.render;

/**
 * {@code page} in a widget's or component's template: the page it is drawn on.
 *
 * @param url   the page's site path
 * @param title its title
 */
public record ComponentPage(String url, String title) {
}
