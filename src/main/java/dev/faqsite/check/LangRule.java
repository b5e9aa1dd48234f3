package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/** {@code lang}: {@code <html lang>} is set. */
final class LangRule extends PageRule {

    LangRule() {
        super("lang", "the html element has a lang");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
        Element html = page.document().selectFirst("html");
        if (html != null && html.attr("lang").isBlank()) {
            out.accept(new Finding(this, page, html, "the page has no lang", "set lang on <html>, e.g. lang=\"en\""));
        }
    }
}
