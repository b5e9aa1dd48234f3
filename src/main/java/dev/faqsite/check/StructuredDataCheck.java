package dev.faqsite.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * JSON-LD must parse, and say what the page shows: a FAQPage's question is the page's h1 and its answer is the visible
 * answer; a BreadcrumbList lists the visible breadcrumbs in order. Search engines distrust structured data that does
 * not match the page.
 */
final class StructuredDataCheck extends PageRule {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)breadcrumb");

    StructuredDataCheck() {
        super("structured-data", "JSON-LD parses and matches the visible page");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
        for (Element script : page.all(ElementKind.JSON_LD)) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                out.accept(new Finding(this, page, script, "JSON-LD does not parse: "
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

    private void faqPage(PageFacts page, Element script, JsonNode node, Consumer<Finding> out) {
        Element h1 = page.all(ElementKind.HEADING).stream().filter(h -> h.normalName().equals("h1")).findFirst().orElse(null);
        // the answer is the page's main content: words in the sidebar or footer do not make it visible
        Element main = page.all(ElementKind.LANDMARK).stream().filter(e -> e.normalName().equals("main")).findFirst()
                .orElse(page.document().body());
        List<String> visible = VisibleWords.of(main);
        for (JsonNode question : iterable(node.path("mainEntity"))) {
            String name = question.path("name").asText();
            if (h1 == null || !normalise(h1.text()).equals(normalise(name))) {
                out.accept(new Finding(this, page, script, "FAQPage question '" + name
                        + "' is not the page's h1", "the question's name must be the visible title"));
            }
            String declared = question.path("acceptedAnswer").path("text").asText();
            // the answer may be HTML or plain text (where "<your-key>" is text, not a tag)
            List<String> answer = looksLikeMarkup(declared) ? VisibleWords.of(Jsoup.parse(declared).body()) : VisibleWords.of(declared);
            int missing = firstWordNotInOrder(answer, visible);
            if (answer.isEmpty() || missing >= 0) {
                out.accept(new Finding(this, page, script, "FAQPage answer is not the visible answer"
                        + (missing >= 0 ? ": '" + String.join(" ", answer.subList(missing, Math.min(answer.size(), missing + 6)))
                        + "' is not on the page" : ""), "emit the rendered answer as acceptedAnswer.text"));
            }
        }
    }

    private void breadcrumbs(PageFacts page, Element script, JsonNode node, Consumer<Finding> out) {
        List<String> declared = new ArrayList<>();
        for (JsonNode item : iterable(node.path("itemListElement"))) {
            declared.add(normalise(item.path("name").asText(item.path("item").path("name").asText())));
        }
        Element nav = page.all(ElementKind.LANDMARK).stream()
                .filter(e -> e.normalName().equals("nav") && BREADCRUMB.matcher(e.attr("aria-label")).find())
                .findFirst().orElse(null);
        List<String> visible = nav == null ? List.of() : nav.select("li").eachText().stream().map(StructuredDataCheck::normalise).toList();
        // a page that shows no trail (the home page) may declare the one-step trail to itself
        boolean selfOnly = visible.isEmpty() && declared.size() == 1;
        if (!declared.equals(visible) && !selfOnly) {
            out.accept(new Finding(this, page, script, "BreadcrumbList " + declared
                    + " does not match the visible breadcrumbs " + visible, "emit the same trail as the breadcrumbs"));
        }
    }

    /**
     * Where the declared answer stops matching the page: the index of the first word that does not follow, in order,
     * in the visible text, or -1. Words in between (a code block's language label, its copy button) are allowed.
     */
    static int firstWordNotInOrder(List<String> declared, List<String> visible) {
        int at = 0;
        for (int i = 0; i < declared.size(); i++) {
            while (at < visible.size() && !visible.get(at).equals(declared.get(i))) {
                at++;
            }
            if (at == visible.size()) {
                return i;
            }
            at++;
        }
        return -1;
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

    /** Whether text holds a tag, {@code <x…>} or {@code </x…>} — a scan, not a regular expression, over a whole answer. */
    private static boolean looksLikeMarkup(String text) {
        for (int open = text.indexOf('<'); open >= 0; open = text.indexOf('<', open + 1)) {
            int name = open + 1 < text.length() && text.charAt(open + 1) == '/' ? open + 2 : open + 1;
            if (name < text.length() && isAsciiLetter(text.charAt(name)) && text.indexOf('>', name) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
