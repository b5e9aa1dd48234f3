package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content tabs as written in Markdown: what the page holds before the script, and each mistake at its place. */
class TabsTest {

    private final MarkdownRenderer renderer = MarkdownRenderer.withExtensions(List.of("admonitions"));

    TabsTest() throws UnknownExtensionException {
    }

    private RenderedMarkdown render(String markdown) {
        return renderer.render(new MarkdownRenderer.Source(markdown, new SourceRef("content/faq/a/page.md", 3, 1),
                LinkTargets.AS_WRITTEN, Components.NONE, file -> Optional.empty()));
    }

    private static List<String> messages(RenderedMarkdown out) {
        return out.findings().stream().map(f -> f.where() + ": " + f.message()).toList();
    }

    @Test
    void rendersEveryPanelAfterItsLabelWithHighlightedCodeAndTheGroupForTheScript() {
        RenderedMarkdown out = render("""
                ::::tabs{group="language"}
                :::tab{label="Python" value="python"}
                ```python
                import requests
                ```
                :::
                :::tab{label="cURL" value="curl" default}
                Run `curl` with the key in a header.
                :::
                ::::
                """);
        assertEquals(List.of(), messages(out));
        assertTrue(out.tabs());
        Element set = Jsoup.parseBodyFragment(out.html()).selectFirst("div.tabs");
        assertEquals("language", set.attr("data-tabs-group"));
        assertEquals(List.of("Python", "cURL"), set.select("> .tab-panel > .tab-label").eachText());
        assertEquals(List.of("python", "curl"), set.select("> .tab-panel").eachAttr("data-tab-value"));
        assertEquals(List.of("tabs-1-1", "tabs-1-2"), set.select("> .tab-panel").eachAttr("id"));
        assertTrue(set.select("> .tab-panel").get(1).hasAttr("data-tab-default"));
        assertFalse(set.select(".tab-panel pre code.language-python span").isEmpty(), "code is highlighted: " + out.html());
        assertTrue(set.select("[hidden], [data-pagefind-ignore]").stream().noneMatch(e -> e.hasClass("tab-panel")),
                "every panel is visible and indexed without the script");
        assertTrue(set.text().contains("import requests") && set.text().contains("Run curl"), "the text of every panel: " + set.text());
    }

    @Test
    void takesTheShortFormWithTheLabelAfterTheNameAndDerivesTheValue() {
        RenderedMarkdown out = render("""
                ::::tabs
                :::tab Node.js
                Install the SDK.
                :::
                :::tab[Go modules]
                Fetch the module.
                :::
                ::::
                """);
        assertEquals(List.of(), messages(out));
        Element set = Jsoup.parseBodyFragment(out.html()).selectFirst("div.tabs");
        assertEquals(List.of("Node.js", "Go modules"), set.select(".tab-label").eachText());
        assertEquals(List.of("node-js", "go-modules"), set.select(".tab-panel").eachAttr("data-tab-value"));
        assertFalse(set.hasAttr("data-tabs-group"), "no group: the set chooses alone");
    }

    @Test
    void giveTwoSetsOfAPageDistinctIdsAndKeepsHeadingsInsidePanelsForTheTableOfContents() {
        RenderedMarkdown out = render("""
                ::::tabs{group="os"}
                :::tab Linux
                ## Install on Linux
                :::
                ::::

                ::::tabs{group="os"}
                :::tab Linux
                ## Configure on Linux
                :::
                ::::
                """);
        assertEquals(List.of(), messages(out));
        assertEquals(List.of("tabs-1-1", "tabs-2-1"), Jsoup.parseBodyFragment(out.html()).select(".tab-panel").eachAttr("id"));
        assertEquals(List.of("Install on Linux", "Configure on Linux"), out.headings().stream().map(Heading::text).toList());
    }

    @Test
    void saysWhenThePageHasNoTabsSoThatItLoadsNoScript() {
        assertFalse(render(":::tip\nNo tabs here.\n:::\n").tabs());
    }

    @Test
    void reportsATabOutsideASetAtItsLine() {
        assertEquals(List.of("content/faq/a/page.md:4:1: ':::tab' is not inside a '::::tabs'"),
                messages(render("Intro.\n:::tab Python\ncode\n:::\n")));
    }

    @Test
    void reportsASetWithoutTabs() {
        assertEquals(List.of("content/faq/a/page.md:3:1: '::::tabs' holds no ':::tab'"),
                messages(render("::::tabs\nJust text.\n::::\n")).subList(1, 2));
    }

    @Test
    void reportsContentBetweenTabsAtItsLine() {
        assertEquals(List.of("content/faq/a/page.md:7:1: '::::tabs' holds content outside its tabs"), messages(render("""
                ::::tabs
                :::tab Python
                One.
                :::
                Stray paragraph.
                :::tab Java
                Two.
                :::
                ::::
                """)));
    }

    @Test
    void reportsADuplicateValueAndASecondDefaultAtTheSecondTab() {
        assertEquals(List.of("content/faq/a/page.md:7:1: tab value 'py' is used twice in this tab set",
                "content/faq/a/page.md:7:32: two tabs of this set are marked 'default'"), messages(render("""
                ::::tabs
                :::tab{label="Python" value="py" default}
                One.
                :::
                :::tab{label="PyPy" value="py" default}
                Two.
                :::
                ::::
                """)));
    }

    @Test
    void reportsATabWithoutALabelAndAnUnknownAttribute() {
        assertEquals(List.of("content/faq/a/page.md:3:10: unknown attribute 'title' of '::::tabs'",
                "content/faq/a/page.md:4:1: ':::tab' has no label"), messages(render("""
                ::::tabs{title="x"}
                :::tab{value="py"}
                One.
                :::
                ::::
                """)));
    }
}
