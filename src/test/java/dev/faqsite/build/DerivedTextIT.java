package dev.faqsite.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.testing.Sites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything the build derives from an answer says what the page shows. Generated answers mix the Markdown that
 * used to leak into derived text — escapes, entities, inline code, autolinks, unresolved {@code [x]}, footnote-style
 * {@code [1] <https://…>} lines, inline HTML, emphasis, image alt text, line breaks — into headings and first
 * paragraphs; for every page, each table-of-contents entry, the meta / Open Graph / Twitter descriptions, the FAQPage
 * question and answer, the BreadcrumbList names and the pages.json title are compared with the visible text of the
 * element they stand for.
 */
class DerivedTextIT {

    /** Markdown a heading may hold (no line break: a heading is one line). */
    private static final List<String> INLINE = List.of(
            "/v1/orderbooks/{symbol\\_id}/history", "AT&amp;T &copy; 2026 &#x2192; next", "`GET /v1/trades?limit=100`",
            "<https://status.example.test/>", "the [unresolved] reference", "available here[1]", "<kbd>Ctrl</kbd>+<kbd>C</kbd>",
            "*very* **much** ~~not~~ _quite_", "![the depth chart](/assets/img/logo.svg) chart", "a \\* literal star and a \\` tick",
            "[the limits](other.md) link");
    private static final int PAGES = 11;

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path site = Sites.copy(Sites.fixture("checks/clean"), tmp.resolve("source"));
        for (int i = 0; i < PAGES; i++) {
            StringBuilder md = new StringBuilder("---\ntitle: \"Generated question " + i + " & its <answer>?\"\norder: " + (10 + i) + "\n---\n");
            md.append(fragment(i)).append(", then ").append(fragment(i + 1)).append("  \nafter a break, ").append(fragment(i + 2)).append(".\n\n");
            for (int h = 0; h < 3; h++) {
                md.append(h == 2 ? "### " : "## ").append(fragment(i + 3 + h)).append(" and ").append(fragment(i + 4 + h)).append("\n\n");
                md.append("Text under it with ").append(fragment(i + 5 + h)).append(".\n\n");
            }
            md.append("[1] <https://exchange.example.test/reference/").append(i).append(">\n\n");
            md.append("A footnote's reference.[^note]\n\n[^note]: The footnote itself, with ").append(fragment(i + 6)).append(".\n");
            Sites.write(site.resolve("content/faq/general/generated-" + i + ".md"), md.toString());
        }
        // the category's own text, above its questions: derived the same way (its description when the category has none)
        Sites.write(site.resolve("content/faq/general/_category.yml"), "label: \"General\"\nposition: 1\n");
        Sites.write(site.resolve("content/faq/general/_index.md"), "Start here: " + fragment(0) + ", " + fragment(2) + " and "
                + fragment(9) + ".\n\n## " + fragment(1) + "\n\nMore about " + fragment(4) + ".\n\n## " + fragment(3) + "\n\nEnd.\n\n### "
                + fragment(7) + "\n\nThe last.\n");
        out = tmp.resolve("site");
        BuildResult result = SiteBuilder.build(new BuildOptions(site, out, false, BuildOptions.Mode.STRICT));
        assertEquals(BuildResult.Status.BUILT, result.status(), Sites.problems(result));
        assertEquals("", Sites.problems(result), "the checks agree: nothing derived disagrees with the page");
    }

    private static String fragment(int i) {
        return INLINE.get(i % INLINE.size());
    }

    private static Document page(int i) {
        return Sites.page(out, "/faq/general/generated-" + i + "/");
    }

    /** What a reader sees in an element: its text, an image's alt text where the image is, chrome left out. */
    private static String visible(Element element) {
        Element copy = element.clone();
        copy.select("[data-pagefind-ignore]").remove();
        for (Element img : copy.select("img")) {
            img.replaceWith(new TextNode(" " + img.attr("alt") + " "));
        }
        return copy.text();
    }

    @Test
    void tableOfContentsEntriesAreTheHeadingsVisibleText() {
        for (int i = 0; i < PAGES; i++) {
            Document page = page(i);
            List<Element> entries = page.select("nav.toc a");
            assertEquals(3, entries.size());
            for (Element entry : entries) {
                Element heading = page.getElementById(entry.attr("href").substring(1));
                assertEquals(visible(heading), entry.text(), "page " + i);
            }
        }
    }

    @Test
    void descriptionsAreTheFirstParagraphsVisibleText() {
        for (int i = 0; i < PAGES; i++) {
            Document page = page(i);
            String shown = visible(page.selectFirst(".answer-body > p"));
            for (String meta : List.of("meta[name=description]", "meta[property=og:description]", "meta[name=twitter:description]")) {
                String description = page.selectFirst(meta).attr("content");
                if (description.endsWith("…")) {
                    assertTrue(shown.startsWith(description.substring(0, description.length() - 1)), description + " / " + shown);
                } else {
                    assertEquals(shown, description, "page " + i + " " + meta);
                }
            }
        }
    }

    @Test
    void aCategoryTextsDescriptionAndContentsAreItsVisibleText() {
        Document page = Sites.page(out, "/faq/general/");
        assertEquals("Start here: /v1/orderbooks/{symbol_id}/history, GET /v1/trades?limit=100 and a * literal star and a ` tick.",
                page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(visible(page.selectFirst(".category-text > p")), page.selectFirst("meta[name=description]").attr("content"));
        List<Element> entries = page.select("nav.toc a");
        assertEquals(List.of("AT&T © 2026 → next", "https://status.example.test/", "very much not quite"),
                entries.stream().map(Element::text).toList());
        for (Element entry : entries) {
            assertEquals(visible(page.getElementById(entry.attr("href").substring(1))), entry.text());
        }
    }

    @Test
    void theFaqPageQuestionAndAnswerAreTheTitleAndTheAnswersVisibleText() throws Exception {
        for (int i = 0; i < PAGES; i++) {
            Document page = page(i);
            JsonNode question = structuredData(page, "FAQPage").path("mainEntity").get(0);
            assertEquals(page.selectFirst("h1").text(), question.path("name").asText());
            List<String> blocks = new ArrayList<>();
            for (Element block : page.selectFirst(".answer-body").children()) {
                String text = visible(block);
                if (!text.isEmpty()) {
                    blocks.add(text);
                }
            }
            assertEquals(String.join("\n", blocks), question.path("acceptedAnswer").path("text").asText(), "page " + i);
        }
    }

    @Test
    void breadcrumbListNamesAreTheVisibleBreadcrumbs() throws Exception {
        for (int i = 0; i < PAGES; i++) {
            Document page = page(i);
            List<String> names = new ArrayList<>();
            structuredData(page, "BreadcrumbList").path("itemListElement").forEach(item -> names.add(item.path("name").asText()));
            assertEquals(page.select("nav.breadcrumbs li").stream().map(Element::text).collect(Collectors.toList()), names);
        }
    }

    @Test
    void pagesJsonTitlesAreTheVisibleH1s() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(out.resolve("pages.json")));
        int seen = 0;
        for (JsonNode entry : manifest.path("pages")) {
            Document page = Sites.page(out, entry.path("url").asText());
            assertEquals(page.selectFirst("h1").text(), entry.path("title").asText());
            seen++;
        }
        assertEquals(PAGES + 2, seen);
    }

    @Test
    void theCasesThatUsedToLeakAreShownAsTheReaderSeesThem() {
        // independent of how visible text is computed: the literal words a reader must see
        String toc = String.join(" | ", page(0).select("nav.toc a").eachText());
        assertTrue(toc.contains("available here[1]"), toc);
        String description = page(0).selectFirst("meta[name=description]").attr("content");
        assertEquals("/v1/orderbooks/{symbol_id}/history, then AT&T © 2026 → next after a break, GET /v1/trades?limit=100.", description);
        String answer = page(5).select("script[type=application/ld+json]").first().data();
        assertTrue(answer.contains("[1] https://exchange.example.test/reference/5"), answer);
        assertTrue(answer.contains("available here[1]"), answer);
        assertFalse(answer.contains("{symbol\\\\_id}"), answer);
    }

    private static JsonNode structuredData(Document page, String type) throws Exception {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode node = new ObjectMapper().readTree(script.data());
            if (node.path("@type").asText().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " on the page");
    }
}
