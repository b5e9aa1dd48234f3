package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.function.BiConsumer;

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
    static void classify(Element element, BiConsumer<ElementKind, Element> into) {
        if (element.hasAttr("id")) {
            into.accept(WITH_ID, element);
        }
        if (element.hasAttr("role")) {
            into.accept(LANDMARK, element);
            if (element.attr("role").strip().equalsIgnoreCase("button")) {
                into.accept(BUTTON, element);
            }
        }
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> into.accept(HEADING, element);
            case "img" -> {
                into.accept(IMAGE, element);
                reference(element, "src", into);
            }
            case "nav", "aside", "main", "section", "form", "header", "footer" -> {
                if (!element.hasAttr("role")) {
                    into.accept(LANDMARK, element);
                }
            }
            case "button" -> {
                if (!element.attr("role").strip().equalsIgnoreCase("button")) {
                    into.accept(BUTTON, element);
                }
            }
            case "input", "select", "textarea" -> into.accept(FIELD, element);
            case "label" -> into.accept(LABEL, element);
            case "a" -> {
                if (element.hasAttr("href")) {
                    into.accept(LINK, element);
                    into.accept(REFERENCE, element);
                }
            }
            case "link" -> reference(element, "href", into);
            case "script" -> {
                reference(element, "src", into);
                if (element.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                    into.accept(JSON_LD, element);
                }
            }
            case "source", "iframe" -> reference(element, "src", into);
            default -> { }
        }
    }

    private static void reference(Element element, String attribute, BiConsumer<ElementKind, Element> into) {
        if (element.hasAttr(attribute)) {
            into.accept(REFERENCE, element);
        }
    }
}
