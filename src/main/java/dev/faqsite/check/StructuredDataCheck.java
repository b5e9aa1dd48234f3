package dev.faqsite.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.CheckRule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON-LD must parse, and say what the page shows: a FAQPage's question is the page's h1 and its answer is the visible
 * answer; a BreadcrumbList lists the visible breadcrumbs in order. Search engines distrust structured data that does
 * not match the page.
 */
final class StructuredDataCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredDataCheck() {
    }

    static void run(PageFacts page, Consumer<Finding> out) {
        for (Element script : page.document().select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                out.accept(new Finding(CheckRule.STRUCTURED_DATA, page, script, "JSON-LD does not parse: "
                        + e.getOriginalMessage(), "emit it with a JSON library, never by string concatenation"));
                continue;
            }
            for (JsonNode node : root.isArray() ? iterable(root) : List.of(root)) {
                switch (node.path("@type").asText()) {
                    case "FAQPage" -> faqPage(page, script, node, out);
                    case "BreadcrumbList" -> breadcrumbs(page, script, node, out);
                    default -> { }
                }
            }
        }
    }

    private static void faqPage(PageFacts page, Element script, JsonNode node, Consumer<Finding> out) {
        Element h1 = page.document().selectFirst("h1");
        String visible = normalise(page.document().body().text());
        for (JsonNode question : iterable(node.path("mainEntity"))) {
            String name = question.path("name").asText();
            if (h1 == null || !normalise(h1.text()).equals(normalise(name))) {
                out.accept(new Finding(CheckRule.STRUCTURED_DATA, page, script, "FAQPage question '" + name
                        + "' is not the page's h1", "the question's name must be the visible title"));
            }
            String answer = normalise(Jsoup.parse(question.path("acceptedAnswer").path("text").asText()).text());
            if (answer.isEmpty() || !visible.contains(answer)) {
                out.accept(new Finding(CheckRule.STRUCTURED_DATA, page, script, "FAQPage answer is not the visible answer",
                        "emit the rendered answer as acceptedAnswer.text"));
            }
        }
    }

    private static void breadcrumbs(PageFacts page, Element script, JsonNode node, Consumer<Finding> out) {
        List<String> declared = new ArrayList<>();
        for (JsonNode item : iterable(node.path("itemListElement"))) {
            declared.add(normalise(item.path("name").asText(item.path("item").path("name").asText())));
        }
        Element nav = page.document().selectFirst("nav[aria-label~=(?i)breadcrumb]");
        List<String> visible = nav == null ? List.of() : nav.select("li").eachText().stream().map(StructuredDataCheck::normalise).toList();
        if (!declared.equals(visible)) {
            out.accept(new Finding(CheckRule.STRUCTURED_DATA, page, script, "BreadcrumbList " + declared
                    + " does not match the visible breadcrumbs " + visible, "emit the same trail as the breadcrumbs"));
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode()) {
            out.add(node);
        }
        return out;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
