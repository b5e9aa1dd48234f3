package dev.faqsite.check;

import dev.faqsite.render.RenderedPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A parsed page, walked once: its elements filed by {@link ElementKind} in document order, and the ids it offers to
 * links from other pages.
 *
 * @param page     what the bake knows about it
 * @param document the parsed HTML
 * @param ids      every id in it, and every {@code <a name>}
 * @param elements the elements of each kind, in document order
 */
record PageFacts(RenderedPage page, Document document, Set<String> ids, Map<ElementKind, List<Element>> elements) {

    static PageFacts of(RenderedPage page, Document document) {
        Set<String> ids = new HashSet<>();
        Map<ElementKind, List<Element>> elements = new EnumMap<>(ElementKind.class);
        for (ElementKind kind : ElementKind.values()) {
            elements.put(kind, new ArrayList<>());
        }
        BiConsumer<ElementKind, Element> filing = (kind, element) -> elements.get(kind).add(element);
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("id")) {
                ids.add(element.id());
            }
            if (element.normalName().equals("a") && element.hasAttr("name")) {
                ids.add(element.attr("name"));
            }
            ElementKind.classify(element, filing);
        }
        elements.replaceAll((kind, list) -> Collections.unmodifiableList(list));
        return new PageFacts(page, document, Collections.unmodifiableSet(ids), Collections.unmodifiableMap(elements));
    }

    /** The page's elements of one kind, in document order. */
    List<Element> all(ElementKind kind) {
        return elements.get(kind);
    }

    /** The first element with this id, or null: what {@code aria-labelledby} and {@code for} point at. */
    Element element(String id) {
        for (Element element : all(ElementKind.WITH_ID)) {
            if (element.id().equals(id)) {
                return element;
            }
        }
        return null;
    }
}
