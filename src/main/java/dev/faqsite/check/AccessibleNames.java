package dev.faqsite.check;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** An element's accessible name, as assistive technology computes it from static HTML (the part rules need). */
final class AccessibleNames {

    private AccessibleNames() {
    }

    /** aria-labelledby, aria-label, then (when {@code content}) the text and images' alt inside, then title. */
    static String of(PageFacts page, Element element, boolean content) {
        String labelledBy = element.attr("aria-labelledby");
        if (!labelledBy.isBlank()) {
            StringBuilder text = new StringBuilder();
            for (String id : labelledBy.trim().split("\\s+")) {
                Element label = page.element(id);
                if (label != null) {
                    text.append(label.text()).append(' ');
                }
            }
            if (!text.toString().isBlank()) {
                return text.toString().strip();
            }
        }
        if (!element.attr("aria-label").isBlank()) {
            return element.attr("aria-label").strip();
        }
        if (content) {
            if (element.childNodeSize() == 1 && element.childNode(0) instanceof TextNode only && !only.isBlank()) {
                // most links: just their text
                return collapseWhitespace(only.getWholeText());
            }
            StringBuilder text = new StringBuilder(element.text());
            if (element.firstElementChild() != null) {
                for (Element img : element.getElementsByTag("img")) {
                    if (img.hasAttr("alt")) {
                        text.append(' ').append(img.attr("alt"));
                    }
                }
            }
            if (element.hasAttr("value") && element.normalName().equals("input")) {
                text.append(element.attr("value"));
            }
            if (!text.toString().isBlank()) {
                return text.toString().strip();
            }
        }
        return element.attr("title").strip();
    }

    /** Text with its runs of whitespace made single spaces, stripped; the text itself when it has none (most link texts). */
    private static String collapseWhitespace(String text) {
        boolean previousSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && (previousSpace || c != ' ')) {
                return text.strip().replaceAll("\\s+", " ");
            }
            previousSpace = space;
        }
        return previousSpace ? text.strip() : text;
    }
}
