package dev.faqsite.build;

import dev.faqsite.testing.BuiltSite;
import dev.faqsite.testing.Sites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tabs fixture built: tab sets in answers and in a category's own text ({@code _index.md}), which the category page
 * shows above its questions with its own table of contents.
 */
class TabsBuildIT {

    static final String CATEGORY = "/faq/sdks/";

    @RegisterExtension
    static final BuiltSite site = BuiltSite.fixture("tabs");

    @Test
    void showsTheCategorysOwnTextAboveItsQuestionsRenderedLikeAnAnswer() {
        assertTrue(site.result().built(), Sites.problems(site.result()));
        Document page = Sites.page(site.out(), CATEGORY);
        Element text = page.selectFirst(".category-text");
        Element list = page.selectFirst("ol.question-list");
        assertTrue(text.text().startsWith("Every SDK wraps the same REST API"), text.text());
        assertTrue(page.select("*").indexOf(text) < page.select("*").indexOf(list), "the text comes before the list");
        assertEquals(List.of("How do I send my first request?", "How do I read an error?"), list.select("li > a").eachText());
        assertEquals("/faq/sdks/first-request/", text.selectFirst("a").attr("href"), "a link to an answer's file becomes its URL");
        assertEquals(List.of("Python", "Go"), text.select(".tabs .tab-label").eachText());
        assertFalse(text.select(".tab-panel pre code span").isEmpty(), "code in a panel is highlighted");
        assertEquals(List.of("Installing a client", "Versions", "Deprecations"), page.select(".toc-list a").eachText());
        assertEquals("Official clients, their install commands, and how to pick one.",
                page.selectFirst("meta[name=description]").attr("content"), "the description from its front matter");
        assertEquals(1, page.select("script[src^=/assets/js/tabs.js]").size(), "its tabs load the script");
    }

    @Test
    void neverMakesTheCategoryTextAQuestion() throws Exception {
        assertFalse(Files.exists(site.out().resolve("faq/sdks/_index")));
        assertFalse(Files.exists(site.out().resolve("faq/sdks/index/")));
        assertFalse(Files.readString(site.out().resolve("sitemap.xml")).contains("_index"));
        assertEquals(2, Sites.page(site.out(), CATEGORY).select("ol.question-list li").size());
    }

    @Test
    void loadsTheTabsScriptOnlyOnPagesWithTabsAndLeavesEveryPanelToSearch() {
        Document answer = Sites.page(site.out(), "/faq/sdks/first-request/");
        assertEquals(1, answer.select("head script[src^=/assets/js/tabs.js][defer]").size());
        assertEquals(3, answer.select(".answer-body .tabs").size());
        assertTrue(answer.select(".tab-panel[data-pagefind-ignore], .tab-panel [data-pagefind-ignore]:not(.code-head)").isEmpty(),
                "search indexes every panel");
        assertEquals(List.of("language", "language"), answer.select(".tabs[data-tabs-group]").eachAttr("data-tabs-group"));
        assertTrue(Sites.page(site.out(), "/").select("script[src^=/assets/js/tabs.js]").isEmpty(), "no tabs, no script");
        assertTrue(Files.exists(site.out().resolve("assets/js/tabs.js")));
    }
}
