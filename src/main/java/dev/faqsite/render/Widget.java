package dev.faqsite.render;

import dev.faqsite.diag.SourceRef;
import dev.faqsite.markdown.Finding;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A built-in component an author places in an answer, {@code ::name}, drawn by the template
 * {@code widgets/<name>.ftl}. Adding one is this interface implemented once, listed in {@link Widgets}, and its
 * template (with its script, if any, under {@code assets/js/}).
 */
interface Widget {

    /** What authors write after {@code ::}, and in front matter's {@code widgets:}. */
    String name();

    /**
     * The variables its template needs beside {@code site} and {@code page}, or empty after reporting (at
     * {@code where}) why this site cannot show it.
     */
    Optional<Map<String, Object>> variables(WidgetSupport site, SourceRef where, Consumer<Finding> findings);

    /** The template that draws it. */
    default String template() {
        return "widgets/" + name() + ".ftl";
    }
}
