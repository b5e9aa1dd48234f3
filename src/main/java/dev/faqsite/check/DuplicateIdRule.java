package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** {@code duplicate-id}: no id twice in a page. */
final class DuplicateIdRule extends PageRule {

    DuplicateIdRule() {
        super("duplicate-id", "element ids are unique in a page");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
        Map<String, Element> first = new HashMap<>();
        for (Element element : page.all(ElementKind.WITH_ID)) {
            String id = element.id();
            Element earlier = first.putIfAbsent(id, element);
            if (earlier != null) {
                out.accept(new Finding(this, page, element, "duplicate id '" + id + "'",
                        "ids must be unique in a page; a heading's id comes from its text, so rename one of the headings"));
            }
        }
    }
}
