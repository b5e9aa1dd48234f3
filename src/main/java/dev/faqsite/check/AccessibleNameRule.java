package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** {@code accessible-name}: every button and form field has an accessible name. */
final class AccessibleNameRule extends PageRule {

    private static final Set<String> UNNAMED_INPUTS = Set.of("hidden", "submit", "reset", "button", "image");

    AccessibleNameRule() {
        super("accessible-name", "buttons and form fields have an accessible name");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
        for (Element button : page.all(ElementKind.BUTTON)) {
            if (AccessibleNames.of(page, button, true).isEmpty()) {
                out.accept(new Finding(this, page, button, "button without an accessible name",
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
                    out.accept(new Finding(this, page, field, "image button without alt text", "add alt"));
                }
                continue;
            }
            boolean named = !AccessibleNames.of(page, field, false).isEmpty()
                    || (!field.id().isEmpty() && labelled.contains(field.id()))
                    || field.closest("label") != null;
            if (!named) {
                out.accept(new Finding(this, page, field, "form field '" + field.attr("name")
                        + "' without a label", "add <label for=\"…\">, or an aria-label"));
            }
        }
    }
}
