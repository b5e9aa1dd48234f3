package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/**
 * The kinds of element the checks look at. A page is walked once and each element is filed under every kind it is
 * (an {@code <a href>} is a {@link #LINK} and a {@link #REFERENCE}); each rule then reads only its own kinds, instead
 * of every rule walking the whole page with its own selector.
 */
enum ElementKind {
    /** any element with an id attribute */
    WITH_ID,
    /** h1 … h6 */
    HEADING,
    /** img */
    IMAGE,
    /** what may be an ARIA landmark: nav, aside, main, section, form, header, footer, or anything with a role */
    LANDMARK,
    /** button, or role=button */
    BUTTON,
    /** input, select, textarea */
    FIELD,
    /** label */
    LABEL,
    /** a[href]: what a reader follows */
    LINK,
    /** everything that names a file or page: a[href], link[href], img/script/source/iframe[src] */
    REFERENCE,
    /** script[type=application/ld+json] */
    JSON_LD;

    /** Files an element under each kind it is. */
    static void classify(Element element, Consumer<ElementKind> out) {
        if (element.hasAttr("id")) {
            out.accept(WITH_ID);
        }
        if (element.hasAttr("role")) {
            out.accept(LANDMARK);
            if (element.attr("role").strip().equalsIgnoreCase("button")) {
                out.accept(BUTTON);
            }
        }
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> out.accept(HEADING);
            case "img" -> {
                out.accept(IMAGE);
                reference(element, "src", out);
            }
            case "nav", "aside", "main", "section", "form", "header", "footer" -> {
                if (!element.hasAttr("role")) {
                    out.accept(LANDMARK);
                }
            }
            case "button" -> {
                if (!element.attr("role").strip().equalsIgnoreCase("button")) {
                    out.accept(BUTTON);
                }
            }
            case "input", "select", "textarea" -> out.accept(FIELD);
            case "label" -> out.accept(LABEL);
            case "a" -> {
                if (element.hasAttr("href")) {
                    out.accept(LINK);
                    out.accept(REFERENCE);
                }
            }
            case "link" -> reference(element, "href", out);
            case "script" -> {
                reference(element, "src", out);
                if (element.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                    out.accept(JSON_LD);
                }
            }
            case "source", "iframe" -> reference(element, "src", out);
            default -> { }
        }
    }

    private static void reference(Element element, String attribute, Consumer<ElementKind> out) {
        if (element.hasAttr(attribute)) {
            out.accept(REFERENCE);
        }
    }
}
