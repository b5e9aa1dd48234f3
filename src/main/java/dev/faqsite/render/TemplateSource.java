package dev.faqsite.render;

import java.util.List;

/**
 * A template's text, to locate the line that produced an element of a page.
 *
 * @param name        as Freemarker knows it, e.g. {@code partials/navbar.ftl}
 * @param displayPath the file an author should open, e.g. {@code templates/partials/navbar.ftl}
 * @param lines       its lines
 */
public record TemplateSource(String name, String displayPath, List<String> lines) {
    public TemplateSource {
        lines = List.copyOf(lines);
    }
}
