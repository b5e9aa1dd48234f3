package dev.faqsite.check;

import dev.faqsite.model.CheckRule;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Checks of one page's structure: unique ids, headings, title/description/canonical, lang, image alt text. */
final class DocumentChecks {

    private DocumentChecks() {
    }

    static void run(PageFacts page, Consumer<Finding> out) {
        Document doc = page.document();
        duplicateIds(page, out);
        headings(page, out);
        meta(page, out);
        Element html = doc.selectFirst("html");
        if (html != null && html.attr("lang").isBlank()) {
            out.accept(new Finding(CheckRule.LANG, page, html, "the page has no lang", "set lang on <html>, e.g. lang=\"en\""));
        }
        for (Element img : page.all(ElementKind.IMAGE)) {
            // alt="" marks a decorative image in a template; Markdown's ![](…) is far more often a forgotten description.
            // An answer's images are known from its Markdown, whatever the template wraps them in.
            boolean inAnswer = SourceLocator.markdownLink(page.page(), img).isPresent() || img.closest(SourceLocator.ANSWER) != null;
            if (!img.hasAttr("alt") || (inAnswer && img.attr("alt").isBlank())) {
                out.accept(new Finding(CheckRule.IMAGE_ALT, page, img, "image without alt text: " + img.attr("src"),
                        inAnswer ? "describe the image: ![what it shows](" + img.attr("src") + ")"
                                : "describe the image in its alt text, or write alt=\"\" if it is decorative"));
            }
        }
    }

    private static void duplicateIds(PageFacts page, Consumer<Finding> out) {
        Map<String, Element> first = new HashMap<>();
        for (Element element : page.all(ElementKind.WITH_ID)) {
            String id = element.id();
            Element earlier = first.putIfAbsent(id, element);
            if (earlier != null) {
                out.accept(new Finding(CheckRule.DUPLICATE_ID, page, element, "duplicate id '" + id + "'",
                        "ids must be unique in a page; a heading's id comes from its text, so rename one of the headings"));
            }
        }
    }

    private static void headings(PageFacts page, Consumer<Finding> out) {
        List<Element> headings = page.all(ElementKind.HEADING);
        List<Element> h1s = headings.stream().filter(h -> h.normalName().equals("h1")).toList();
        if (h1s.isEmpty()) {
            out.accept(new Finding(CheckRule.HEADINGS, page, page.document().body(), "the page has no h1",
                    "give the page one h1 with its title"));
        }
        for (Element extra : h1s.stream().skip(1).toList()) {
            out.accept(new Finding(CheckRule.HEADINGS, page, extra, "a second h1: " + text(extra),
                    "the question is the page's only h1; start the answer's sections at ##"));
        }
        int previous = 0;
        for (Element heading : headings) {
            int level = heading.normalName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                out.accept(new Finding(CheckRule.HEADINGS, page, heading, "h" + level + " after h" + previous
                        + " skips a level: " + text(heading), "use h" + (previous + 1) + " (" + "#".repeat(previous + 1) + " in Markdown)"));
            }
            previous = level;
        }
    }

    /** A heading's text without its anchor link's "#". */
    private static String text(Element heading) {
        Element copy = heading.clone();
        copy.select(".heading-anchor, [aria-hidden=true]").remove();
        return copy.text();
    }

    /** Only the head counts: browsers and search engines ignore page metadata in the body. */
    private static void meta(PageFacts page, Consumer<Finding> out) {
        Element head = page.document().head();
        Element title = head.selectFirst("title");
        if (title == null || title.text().isBlank()) {
            out.accept(new Finding(CheckRule.PAGE_META, page, head, "the page has no title", "add a <title>"));
        }
        Element description = head.selectFirst("meta[name=description]");
        if (description == null || description.attr("content").isBlank()) {
            out.accept(new Finding(CheckRule.PAGE_META, page, description == null ? head : description,
                    "the page has no meta description", "give the question a 'description:' or start the answer with a paragraph"));
        }
        Element canonical = head.selectFirst("link[rel=canonical]");
        // a page kept out of search engines (404, search results) needs no canonical URL
        boolean indexable = head.select("meta[name=robots][content~=(?i)noindex]").isEmpty();
        if (indexable && (canonical == null || !canonical.attr("href").matches("https?://.+"))) {
            out.accept(new Finding(CheckRule.PAGE_META, page, canonical == null ? head : canonical,
                    "the page has no absolute canonical URL", "add <link rel=\"canonical\" href=\"${meta.canonical}\">"));
        }
    }
}
