package dev.faqsite.markdown;

import java.util.function.Consumer;

/**
 * What the components written in a page's Markdown become. The renderer of the pages provides it (it knows the
 * site's widgets and components and draws them with its templates); Markdown only finds and places them.
 */
@FunctionalInterface
public interface Components {

    /** Knows no component: every use is reported. */
    Components NONE = (use, body, findings) -> {
        findings.accept(new Finding(use.where(), "unknown component '" + use.written() + "'", "this page knows no components"));
        return body;
    };

    /**
     * @param use      the component as written
     * @param body     the HTML of a container's content; empty for a leaf
     * @param findings where to report what is wrong with the use (unknown name or attribute, missing attribute …)
     * @return the HTML that takes its place
     */
    String render(ComponentUse use, String body, Consumer<Finding> findings);
}
