package dev.faqsite.check;

import dev.faqsite.model.CheckRule;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What static HTML can show about accessibility: landmarks of one kind told apart by their labels, buttons and form
 * fields with an accessible name, links whose text says where they go.
 */
final class AccessibilityChecks {

    private static final Pattern VAGUE = Pattern.compile("(?i)^(click here|here|read more|more|link|this|this link)$");
    /** The longest text {@link #VAGUE} matches: a page's hundreds of longer link texts skip the regular expression. */
    private static final int VAGUE_MAX_LENGTH = "click here".length();
    private static final Set<String> SECTIONING = Set.of("article", "aside", "main", "nav", "section");
    private static final Set<String> UNNAMED_INPUTS = Set.of("hidden", "submit", "reset", "button", "image");
    private static final Set<String> LANDMARK_ROLES = Set.of("navigation", "complementary", "main", "region", "form", "banner",
            "contentinfo", "search");

    private AccessibilityChecks() {
    }

    static void run(PageFacts page, Consumer<Finding> out) {
        landmarks(page, out);
        names(page, out);
        linkTexts(page, out);
    }

    private static void landmarks(PageFacts page, Consumer<Finding> out) {
        Map<String, List<Element>> byRole = new HashMap<>();
        for (Element element : page.all(ElementKind.LANDMARK)) {
            String role = role(element);
            if (role != null) {
                byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(element);
            }
        }
        byRole.forEach((role, elements) -> {
            if (elements.size() < 2) {
                return;
            }
            Map<String, Element> labels = new HashMap<>();
            for (Element element : elements) {
                String label = name(page, element, false);
                if (label.isEmpty()) {
                    out.accept(new Finding(CheckRule.LANDMARKS, page, element, "a " + role
                            + " landmark without a label among others of its kind", "give each an aria-label that says what it is"));
                } else if (labels.putIfAbsent(label.toLowerCase(Locale.ROOT), element) != null) {
                    out.accept(new Finding(CheckRule.LANDMARKS, page, element, "two " + role + " landmarks are both labelled '"
                            + label + "'", "give each a distinct aria-label"));
                }
            }
        });
    }

    /** The ARIA landmark role of an element, or null when it is not a landmark. */
    private static String role(Element element) {
        String explicit = element.attr("role");
        if (!explicit.isEmpty()) {
            return LANDMARK_ROLES.contains(explicit) ? explicit : null;
        }
        return switch (element.normalName()) {
            case "nav" -> "navigation";
            case "aside" -> "complementary";
            case "main" -> "main";
            // sections and forms are landmarks only when they are named
            case "section" -> element.hasAttr("aria-label") || element.hasAttr("aria-labelledby") ? "region" : null;
            case "form" -> element.hasAttr("aria-label") || element.hasAttr("aria-labelledby") ? "form" : null;
            // header and footer are page landmarks only outside sectioning content
            case "header", "footer" -> !insideSectioningContent(element)
                    ? (element.normalName().equals("header") ? "banner" : "contentinfo") : null;
            default -> null;
        };
    }

    private static boolean insideSectioningContent(Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (SECTIONING.contains(up.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void names(PageFacts page, Consumer<Finding> out) {
        for (Element button : page.all(ElementKind.BUTTON)) {
            if (name(page, button, true).isEmpty()) {
                out.accept(new Finding(CheckRule.ACCESSIBLE_NAME, page, button, "button without an accessible name",
                        "give it text, or an aria-label"));
            }
        }
        Set<String> labelled = new HashSet<>();
        for (Element label : page.all(ElementKind.LABEL)) {
            labelled.add(label.attr("for"));
        }
        for (Element field : page.all(ElementKind.FIELD)) {
            if (UNNAMED_INPUTS.contains(field.attr("type").toLowerCase(Locale.ROOT))) {
                if (field.attr("type").equalsIgnoreCase("image") && field.attr("alt").isBlank()) {
                    out.accept(new Finding(CheckRule.ACCESSIBLE_NAME, page, field, "image button without alt text", "add alt"));
                }
                continue;
            }
            boolean named = !name(page, field, false).isEmpty()
                    || (!field.id().isEmpty() && labelled.contains(field.id()))
                    || field.closest("label") != null;
            if (!named) {
                out.accept(new Finding(CheckRule.ACCESSIBLE_NAME, page, field, "form field '" + field.attr("name")
                        + "' without a label", "add <label for=\"…\">, or an aria-label"));
            }
        }
    }

    private static void linkTexts(PageFacts page, Consumer<Finding> out) {
        for (Element link : page.all(ElementKind.LINK)) {
            String name = name(page, link, true);
            if (name.isEmpty()) {
                out.accept(new Finding(CheckRule.LINK_TEXT, page, link, "link without text to " + link.attr("href"),
                        "write the link's text, or give it an aria-label"));
            } else if (name.length() <= VAGUE_MAX_LENGTH && VAGUE.matcher(name).matches()) {
                out.accept(new Finding(CheckRule.LINK_TEXT, page, link, "link text '" + name + "' does not say where it goes",
                        "use words that describe the target, e.g. 'the rate-limit answer'"));
            }
        }
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

    /** aria-labelledby, aria-label, then (when {@code content}) the text and images' alt inside, then title. */
    static String name(PageFacts page, Element element, boolean content) {
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
}
