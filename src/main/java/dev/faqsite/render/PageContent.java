package dev.faqsite.render;

/**
 * What a template following JBake's conventions finds as {@code content}: the page's kind, title and body.
 *
 * @param type  the kind of page, e.g. {@code faq}, {@code category}, {@code home}
 * @param title its title
 * @param body  its main text (HTML for an answer)
 */
public record PageContent(String type, String title, String body) {
}
