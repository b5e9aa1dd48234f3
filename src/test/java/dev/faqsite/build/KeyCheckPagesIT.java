package dev.faqsite.build;

import dev.faqsite.testing.BuiltSite;
import dev.faqsite.testing.Sites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key checker's page and widget as {@code sites/checker} builds them. */
class KeyCheckPagesIT {

    @RegisterExtension
    static final BuiltSite site = BuiltSite.fixture("checker");

    @TempDir
    Path tmp;

    @Test
    void buildsTheCheckerAndTheToolsIndexWithoutProblems() {
        assertTrue(site.result().built(), Sites.problems(site.result()));
        assertEquals("", Sites.problems(site.result()));
        assertTrue(Files.exists(site.out().resolve("tools/key-check/index.html")));
        assertEquals(List.of("Key checker"), Sites.page(site.out(), "/tools/").select(".question-list a").eachText());
    }

    @Test
    void framesTheCheckerLikeEveryPageWithBreadcrumbsHomeToolsKeyChecker() {
        Document page = Sites.page(site.out(), "/tools/key-check/");
        assertEquals(List.of("Home", "Tools", "Key checker"), page.select(".breadcrumbs li").eachText());
        assertEquals(List.of("/", "/tools/"), page.select(".breadcrumbs a").eachAttr("href"));
        assertEquals(List.of("Keys", "Limits"), page.select(".sidebar .sb-cat-link").eachText());
        assertEquals(1, page.select("header.navbar").size());
        assertEquals("Check your API key in every region", page.select("h1").text());
        assertEquals("Check your API key in every region | Checker Docs", page.title());
    }

    @Test
    void asksForTheKeyInALabelledPasswordFieldThatPostsToTheApi() {
        Element form = Sites.page(site.out(), "/tools/key-check/").selectFirst("form.kc-form");
        assertEquals("post", form.attr("method"));
        assertEquals("/api/key-check", form.attr("action"));
        Element key = form.selectFirst("input[name=key]");
        assertEquals("password", key.attr("type"));
        assertEquals("off", key.attr("autocomplete"));
        assertEquals("Your API key", form.selectFirst("label[for=" + key.id() + "]").text());
        assertTrue(form.selectFirst(".kc-show").hasAttr("hidden"), "the show toggle needs JavaScript");
    }

    @Test
    void listsEveryRegionWithWordsAndAnIconNotColourAlone() {
        Document page = Sites.page(site.out(), "/tools/key-check/");
        assertEquals(List.of("ncsa", "emea", "apac"), page.select("tr.kc-row").eachAttr("data-region"));
        assertEquals(List.of("Region", "Status", "HTTP", "Latency", "Checked at", "Attempt"), page.select(".kc-table thead th").eachText());
        Element row = page.selectFirst("tr.kc-row");
        assertEquals("Americas North, Central and South America", row.selectFirst("th").text());
        assertEquals("not checked yet", row.selectFirst(".kc-words").text());
        assertEquals("true", row.selectFirst(".kc-icon").attr("aria-hidden"));
    }

    @Test
    void announcesTheVerdictToScreenReaders() {
        Element verdict = Sites.page(site.out(), "/tools/key-check/").selectFirst(".kc-verdict");
        assertEquals("status", verdict.attr("role"));
        assertEquals("polite", verdict.attr("aria-live"));
    }

    @Test
    void saysItIsInDemoModeAndOffersADemoKey() {
        Document page = Sites.page(site.out(), "/tools/key-check/");
        assertEquals("Demo mode", page.select(".kc-demo h2").text());
        assertEquals("/api/demo/keys", page.select(".kc-demo form").attr("action"));
        assertEquals("Create a demo key", page.select(".kc-demo button").text());
    }

    @Test
    void saysWhatACheckCostsAndHowOftenItRepeats() {
        String cost = Sites.page(site.out(), "/tools/key-check/").select(".kc-cost").text();
        assertTrue(cost.contains("costs about 3 API credits — one per region"), cost);
        assertTrue(cost.contains("after about 1 s, then twice as long each time up to every 2 s, and it stops after 2 minutes"), cost);
        assertTrue(Sites.page(site.out(), "/tools/key-check/").selectFirst(".kc-auto").hasAttr("hidden"), "re-checks need JavaScript");
        Element checker = Sites.page(site.out(), "/tools/key-check/").selectFirst("[data-key-check]");
        assertEquals("1", checker.attr("data-retry-first"));
        assertEquals("2", checker.attr("data-retry-max"));
        assertEquals("120", checker.attr("data-stop-after"));
    }

    @Test
    void linksSupportAndThePropagationAnswer() {
        Element support = Sites.page(site.out(), "/tools/key-check/").selectFirst(".kc-support");
        assertEquals(List.of("/faq/keys/new-key-rejected/", "https://support.example.test/new"), support.select("a").eachAttr("href"));
        assertTrue(support.selectFirst(".kc-diagnostics").hasAttr("hidden"));
    }

    @Test
    void loadsItsScriptFromAFileAndHasNoInlineScriptOrStyle() {
        for (String path : List.of("/tools/key-check/", "/faq/keys/new-key-rejected/")) {
            Document page = Sites.page(site.out(), path);
            assertTrue(page.select("script[src^=/assets/js/key-check.js]").hasAttr("defer"), path);
            assertTrue(page.select("script:not([src]):not([type=application/ld+json])").isEmpty(), path);
            assertTrue(page.select("[style], style").isEmpty(), path);
            assertTrue(page.select("link[href^=/assets/css/key-check.css]").size() == 1, path);
        }
        assertTrue(Files.exists(site.out().resolve("assets/js/key-check.js")));
        assertTrue(Sites.page(site.out(), "/faq/keys/rotate/").select("script[src*=key-check]").isEmpty(), "only pages with the checker load it");
    }

    @Test
    void showsACompactWidgetInTheAnswerThatLinksToTheFullPage() {
        Document answer = Sites.page(site.out(), "/faq/keys/new-key-rejected/");
        Element widget = answer.selectFirst("article.answer aside.kc-compact");
        assertEquals("/api/key-check", widget.selectFirst("form").attr("action"));
        assertEquals("password", widget.selectFirst("input[name=key]").attr("type"));
        assertEquals(List.of("ncsa", "emea", "apac"), widget.select("li.kc-row").eachAttr("data-region"));
        assertEquals("/tools/key-check/", widget.selectFirst(".kc-more a").attr("href"));
        assertTrue(Sites.page(site.out(), "/faq/keys/rotate/").select(".kc").isEmpty());
    }

    @Test
    void listsTheCheckerInTheSitemap() throws Exception {
        String sitemap = Files.readString(site.out().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://docs.example.test/tools/key-check/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://docs.example.test/tools/</loc>"), sitemap);
    }

    @Test
    void leavesTheCheckerOutOfSitesWithoutIt() throws Exception {
        Path plain = tmp.resolve("plain");
        assertTrue(Sites.build(Sites.fixture("small"), plain).built());
        assertFalse(Files.exists(plain.resolve("tools")));
        assertFalse(Files.readString(plain.resolve("sitemap.xml")).contains("/tools/"));
    }
}
