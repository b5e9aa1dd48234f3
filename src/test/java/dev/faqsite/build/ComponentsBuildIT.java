package dev.faqsite.build;

import dev.faqsite.testing.BuiltSite;
import dev.faqsite.testing.Sites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The components fixture: a site's own components (one with a stylesheet and a script, one around Markdown), the
 * rating widget placed in an answer, and snippets included, one inside another.
 */
class ComponentsBuildIT {

    static final String PAGE = "/faq/general/status/";

    @RegisterExtension
    static final BuiltSite site = BuiltSite.fixture("components");

    private static Element answer() {
        return Sites.page(site.out(), PAGE).selectFirst(".answer-body");
    }

    @Test
    void drawsEachComponentWithTypedAttributesAndDefaultsInReadingOrder() {
        assertTrue(site.result().built(), Sites.problems(site.result()));
        Elements boxes = answer().select("[data-api-status]");
        assertEquals(List.of("api-status-1", "api-status-2"), boxes.eachAttr("id"));
        assertEquals(List.of("eu-west", "us-east"), boxes.eachAttr("data-region"));
        assertEquals(List.of("30", "60"), boxes.eachAttr("data-refresh"), "a number as written, then the declared default");
        assertEquals("api-status api-status-degraded", boxes.get(0).className());
        assertEquals("api-status api-status-operational api-status-compact", boxes.get(1).className(), "an enum's default and a bare flag");
        assertEquals("Region eu-west", boxes.get(0).selectFirst(".api-status-title").text());
        assertEquals("US East", boxes.get(1).selectFirst(".api-status-title").text(), "the [label] after the name");
    }

    @Test
    void nestsAComponentInsideAContainerComponentsMarkdown() {
        Element details = answer().selectFirst("details.details-box");
        assertEquals("What does \"degraded\" mean?", details.selectFirst("summary").text(), "an escaped quote in a quoted value");
        assertEquals("slower", details.selectFirst("p strong").text());
        assertEquals("api-status-2", details.selectFirst("[data-api-status]").id());
    }

    @Test
    void loadsAComponentsStylesheetAndScriptOnceBeforeItsFirstUse() throws Exception {
        Document page = Sites.page(site.out(), PAGE);
        Elements styles = page.select("link[href^=/assets/components/api-status.css]");
        Elements scripts = page.select("script[src^=/assets/components/api-status.js]");
        assertEquals(1, styles.size());
        assertEquals(1, scripts.size());
        assertTrue(scripts.first().hasAttr("defer"));
        assertEquals(page.selectFirst("#api-status-1"), scripts.first().nextElementSibling());
        assertTrue(Files.isRegularFile(site.out().resolve("assets/components/api-status.js")));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/components/api-status.css")));
        assertFalse(Files.exists(site.out().resolve("assets/components/api-status.ftl")), "only the assets are published");
    }

    @Test
    void placesTheRatingWidgetWhereTheAuthorPutItAndNowhereElse() {
        Document page = Sites.page(site.out(), PAGE);
        assertEquals(1, page.select("#rating").size());
        assertTrue(page.selectFirst("#rating").closest(".answer-body") != null);
        assertEquals(1, Sites.page(site.out(), "/faq/general/other/").select("#rating").size(), "other pages keep it under the answer");
    }

    @Test
    void includesSnippetsInPlaceWithTheirLinksResolvedFromTheSnippetsOwnFolder() {
        Element answer = answer();
        assertEquals("Still stuck?", answer.selectFirst("h2#still-stuck").text());
        assertEquals("/faq/general/other/", answer.selectFirst("a:contains(where to find it)").attr("href"));
        assertEquals("The API team", answer.selectFirst("li").text(), "a snippet included by a snippet");
        assertEquals("::include{file=\"_snippets/not-included.md\"}", answer.selectFirst("pre code").text(), "an include in code is code");
        assertFalse(Files.exists(site.out().resolve("_snippets")), "a snippet is never a page");
    }

    @Test
    void theComponentsSitePassesEveryCheck(@TempDir Path out) throws Exception {
        BuildResult checked = SiteBuilder.build(new BuildOptions(Sites.fixture("components"), out.resolve("site"), false,
                BuildOptions.Mode.CHECK));
        assertEquals(BuildResult.Status.CHECKED, checked.status(), Sites.problems(checked));
        assertEquals("", Sites.problems(checked));
    }
}
