package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** {@code landmarks}: several landmarks of one kind (e.g. {@code nav}) each have a distinct label. */
final class LandmarksRule extends PageRule {

    private static final Set<String> SECTIONING = Set.of("article", "aside", "main", "nav", "section");
    private static final Set<String> LANDMARK_ROLES = Set.of("navigation", "complementary", "main", "region", "form", "banner",
            "contentinfo", "search");

    LandmarksRule() {
        super("landmarks", "landmarks of the same kind have distinct labels");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
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
                String label = AccessibleNames.of(page, element, false);
                if (label.isEmpty()) {
                    out.accept(new Finding(this, page, element, "a " + role
                            + " landmark without a label among others of its kind", "give each an aria-label that says what it is"));
                } else if (labels.putIfAbsent(label.toLowerCase(Locale.ROOT), element) != null) {
                    out.accept(new Finding(this, page, element, "two " + role + " landmarks are both labelled '"
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
}
