package dev.faqsite.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Bakes {@code sites/small} (it has no templates/: the built-in ones are used) and reads the pages back. */
class SmallSiteBuildIT {

    @RegisterExtension
    static final BuiltSite site = BuiltSite.fixture("small");

    @TempDir
    Path tmp;

    @Test
    void buildsEveryPublishedPageWithoutProblems() {
        assertTrue(site.result().built(), Sites.problems(site.result()));
        assertEquals("", Sites.problems(site.result()));
        // 4 questions + 3 categories + FAQ home + home + 404
        assertEquals(10, site.result().pages());
    }

    @Test
    void leavesDraftsOut() {
        assertFalse(Files.exists(site.out().resolve("faq/alpha/unfinished")));
        assertFalse(Sites.page(site.out(), "/faq/").html().contains("Is this a draft?"));
    }

    @Test
    void marksTheCurrentPageAndOpensOnlyItsCategoryInTheSidebar() {
        Document page = Sites.page(site.out(), "/faq/alpha/second/");
        Elements current = page.select(".sidebar [aria-current=page]");
        assertEquals(1, current.size());
        assertEquals("/faq/alpha/second/", current.attr("href"));
        assertEquals(List.of("Alpha", "Beta", "Gamma"), page.select(".sb-cat-link").eachText());
        assertEquals(List.of("true", "false", "false"), page.select(".sb-toggle").eachAttr("aria-expanded"));
        assertFalse(page.getElementById("sb-alpha").hasAttr("hidden"));
        assertTrue(page.getElementById("sb-beta").hasAttr("hidden"));
        assertEquals("sb-beta", page.select(".sb-toggle").get(1).attr("aria-controls"));
        assertEquals("main", page.select("a.skip-link").attr("href").substring(1));
        assertEquals("main", page.select("main").attr("id"));
    }

    @Test
    void showsBreadcrumbsFromHomeToTheQuestion() {
        Document page = Sites.page(site.out(), "/faq/beta/third/");
        assertEquals(List.of("Home", "FAQ", "Beta", "What is the third question?"), page.select(".breadcrumbs li").eachText());
        assertEquals(List.of("/", "/faq/", "/faq/beta/"), page.select(".breadcrumbs a").eachAttr("href"));
        assertEquals("page", page.select(".breadcrumbs li:last-child span").attr("aria-current"));
    }

    @Test
    void linksPreviousAndNextAcrossCategoriesWithTheNeighboursTitles() {
        Document second = Sites.page(site.out(), "/faq/alpha/second/");
        Element next = second.selectFirst(".pager-next");
        assertEquals("/faq/beta/third/", next.attr("href"));
        assertEquals("What is the third question?", next.selectFirst(".pager-title").text());
        Element previous = second.selectFirst(".pager-prev");
        assertEquals("/faq/alpha/first/", previous.attr("href"));
        assertEquals("What is the first question?", previous.selectFirst(".pager-title").text());
        assertTrue(Sites.page(site.out(), "/faq/alpha/first/").select(".pager-prev").isEmpty());
        assertTrue(Sites.page(site.out(), "/faq/beta/custom-slug/").select(".pager-next").isEmpty());
    }

    @Test
    void hasOneH1TheQuestionAndTheRenderedAnswer() {
        Document page = Sites.page(site.out(), "/faq/alpha/first/");
        assertEquals(List.of("What is the first question?"), page.select("h1").eachText());
        assertEquals("What is the first question? | Fixture Docs", page.title());
        assertEquals("The first answer, described.", page.select("meta[name=description]").attr("content"));
        assertEquals("https://docs.example.test/faq/alpha/first/", page.select("link[rel=canonical]").attr("href"));
        assertEquals("bold", page.select(".answer-body strong").text());
        assertEquals("2026-11-20", page.select(".page-meta time").attr("datetime"));
    }

    @Test
    void resolvesLinksWrittenToMarkdownFilesToTheirPages() {
        assertEquals("/faq/beta/third/#more", Sites.page(site.out(), "/faq/alpha/first/").select(".answer-body a[href*=third]").attr("href"));
        assertEquals("/faq/alpha/first/", Sites.page(site.out(), "/faq/beta/third/").select(".answer-body a[href*=first]").attr("href"));
    }

    @Test
    void readsJBakeHeadersAndCustomSlugs() {
        assertEquals("What is the third question?", Sites.page(site.out(), "/faq/beta/third/").select("h1").text());
        assertEquals("What is the fourth question?", Sites.page(site.out(), "/faq/beta/custom-slug/").select("h1").text());
    }

    @Test
    void offersARatingWidgetThatPostsTheVoteAndWorksWithoutJavaScript() {
        Element rating = Sites.page(site.out(), "/faq/alpha/first/").selectFirst("section.rating");
        assertEquals("Was this section helpful?", rating.selectFirst("#rating-title").text());
        assertEquals("/api/ratings", rating.attr("data-api"));
        assertEquals("/faq/alpha/first/", rating.attr("data-page"));
        Element form = rating.selectFirst("form.rating-form");
        assertEquals("post", form.attr("method"));
        assertEquals("/api/ratings", form.attr("action"));
        assertEquals("/faq/alpha/first/", form.select("input[name=page]").val());
        Elements buttons = form.select("button");
        assertEquals(List.of("1", "2", "3", "4", "5"), buttons.eachText());
        assertEquals(List.of("1", "2", "3", "4", "5"), buttons.eachAttr("value"));
        assertTrue(buttons.stream().allMatch(b -> b.attr("type").equals("submit") && b.attr("name").equals("score") && !b.hasAttr("disabled")));
        assertEquals("1 of 5, not helpful", buttons.first().attr("aria-label"));
        assertEquals("5 of 5, very helpful", buttons.last().attr("aria-label"));
        assertEquals("polite", rating.selectFirst("[role=status]").attr("aria-live"));
        // without JavaScript the server redirects back to #rated-N: each score has its thank-you there
        assertEquals(List.of("rated-1", "rated-2", "rated-3", "rated-4", "rated-5", "rated-details"), rating.select(".rating-after").eachAttr("id"));
        assertEquals("Thank you! You rated this page 4 of 5.", rating.selectFirst("#rated-4 .rating-thanks").text());
        assertTrue(Sites.page(site.out(), "/faq/alpha/first/").select("script[src^=/assets/js/rating.js]").hasAttr("defer"));
    }

    @Test
    void asksWhatWasWrongOnlyAfterALowScore() {
        Element rating = Sites.page(site.out(), "/faq/alpha/first/").selectFirst("section.rating");
        assertEquals(1, rating.select("#rated-2 form.rating-details").size());
        assertTrue(rating.select("#rated-3 form, #rated-4 form, #rated-5 form").isEmpty());
        Element details = rating.selectFirst("#rated-1 form.rating-details");
        assertEquals("1", details.select("input[name=score]").val());
        assertEquals(List.of("inaccurate", "unclear", "incomplete", "code", "off-topic"), details.select("input[name=reasons]").eachAttr("value"));
        assertEquals("500", details.select("textarea[name=comment]").attr("maxlength"));
        assertEquals("rating-comment-1", details.select("label[for]").attr("for"));
        assertEquals("rating-comment-1", details.select("textarea").attr("id"));
    }

    @Test
    void writesAManifestOfThePublishedPagesWithTheirContentVersions() throws Exception {
        JsonNode manifest = new ObjectMapper()
                .readTree(site.out().resolve("pages.json").toFile());
        assertEquals(1, manifest.get("format").asInt());
        assertEquals(List.of("/faq/alpha/first/", "/faq/alpha/second/", "/faq/beta/third/", "/faq/beta/custom-slug/"),
                manifest.get("pages").findValuesAsText("url"));
        JsonNode first = manifest.get("pages").get(0);
        assertEquals("What is the first question?", first.get("title").asText());
        assertEquals("alpha", first.get("category").asText());
        assertEquals("Alpha", first.get("categoryLabel").asText());
        assertTrue(first.get("contentVersion").asText().matches("[0-9a-f]{64}"), first.toString());
    }

    @Test
    void leavesTheWidgetOutOfASiteThatDoesNotCollectRatings() throws Exception {
        Path source = Sites.copy(Sites.fixture("small"), tmp.resolve("no-ratings"));
        String config = Files.readString(source.resolve("site.yml"));
        Sites.write(source.resolve("site.yml"), config.substring(0, config.indexOf("ratings:")));
        Path built = tmp.resolve("no-ratings-site");
        assertTrue(Sites.build(source, built).built());
        assertTrue(Sites.page(built, "/faq/alpha/first/").select("section.rating, script[src*=rating]").isEmpty());
    }

    @Test
    void rendersNavbarAndFooterFromTheConfig() {
        Document page = Sites.page(site.out(), "/faq/alpha/first/");
        assertEquals(List.of("Product A"), page.select(".navbar-menu li a").eachText());
        assertEquals("Get a key", page.select(".navbar-cta").text());
        assertEquals("Copyright © 2026 Fixture Ltd.", page.select(".copyright").text());
        assertEquals(List.of("Support"), page.select(".footer-column a").eachText());
    }

    @Test
    void generatesCategoryPagesTheFaqHomeAndTheSitemap() throws Exception {
        Document beta = Sites.page(site.out(), "/faq/beta/");
        assertEquals("Beta", beta.select("h1").text());
        assertEquals(List.of("What is the third question?", "What is the fourth question?"), beta.select(".question-list a").eachText());
        assertEquals("Nothing here yet.", Sites.page(site.out(), "/faq/gamma/").select(".lead").text());
        Document faq = Sites.page(site.out(), "/faq/");
        assertEquals(List.of("Alpha", "Beta", "Gamma"), faq.select(".faq-section h2").eachText());
        String sitemap = Files.readString(site.out().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://docs.example.test/faq/beta/custom-slug/</loc>"), sitemap);
        assertTrue(sitemap.contains("<lastmod>2026-11-20</lastmod>"), sitemap);
        assertFalse(sitemap.contains("unfinished"));
        assertTrue(Files.exists(site.out().resolve("404.html")));
        assertTrue(Files.exists(site.out().resolve("assets/css/site.css")));
    }
}
