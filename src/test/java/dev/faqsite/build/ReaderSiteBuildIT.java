package dev.faqsite.build;

import dev.faqsite.search.PagefindBinary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes {@code sites/reader}: code blocks, admonitions, table of contents, SEO tags, JSON-LD, sitemap, search index. */
class ReaderSiteBuildIT {

    private static final String ROTATE = "/faq/guides/rotate-keys/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final BuiltSite site = BuiltSite.fixture("reader");

    @TempDir
    Path tmp;

    @Test
    void buildsWithoutProblemsAndWritesTheSearchIndex() {
        assertEquals("", Sites.problems(site.result()));
        assertTrue(site.result().built());
        assertTrue(Files.exists(site.out().resolve("pagefind/pagefind.js")));
        assertTrue(Files.exists(site.out().resolve("pagefind/pagefind-entry.json")));
        assertTrue(Files.exists(site.out().resolve("search/index.html")));
    }

    @Test
    void highlightsCodeAtBuildTimeWithALanguageLabel() {
        Document page = Sites.page(site.out(), ROTATE);
        Element python = page.selectFirst(".code-block[data-lang=python]");
        assertEquals("Python", python.selectFirst(".code-lang").text());
        assertEquals(List.of("import", "import", "def", "return"), python.select("code .k").eachText());
        assertTrue(python.select("code .s").eachText().contains("\"API_KEY\""), python.html());
        assertEquals("# never hard-code it", python.selectFirst("code .c").text());
        assertTrue(python.selectFirst("code").wholeText().contains("\n    key = os.environ"), "indentation is kept");
        assertEquals("Bash", page.selectFirst(".code-block[data-lang=bash] .code-lang").text());
        assertTrue(page.selectFirst(".code-block[data-lang=bash] code .v").text().contains("$API_KEY"));
        assertEquals("JSON", page.selectFirst(".code-block[data-lang=json] .code-lang").text());
        assertEquals("0", page.selectFirst("pre.code").attr("tabindex"), "a scrollable block is reachable by keyboard");
        assertTrue(page.select("script[src*=highlight], link[href*=prism]").isEmpty(), "no highlighter in the browser");
    }

    @Test
    void showsCodeInALanguageWithoutALexerPlainButLabelled() {
        Element matlab = Sites.page(site.out(), ROTATE).selectFirst(".code-block[data-lang=matlab]");
        assertEquals("MATLAB", matlab.selectFirst(".code-lang").text());
        assertTrue(matlab.select("code span").isEmpty());
        assertEquals("data = webread(url, opts);   % MATLAB has no lexer here", matlab.selectFirst("code").wholeText());
        assertEquals("Text", Sites.page(site.out(), ROTATE).select(".code-block[data-lang=text] .code-lang").text());
    }

    @Test
    void rendersEachAdmonitionKindWithItsTitle() {
        Document page = Sites.page(site.out(), ROTATE);
        assertEquals(List.of("admonition admonition-tip", "admonition admonition-caution", "admonition admonition-info",
                "admonition admonition-danger", "admonition admonition-note"), page.select(".admonition").eachAttr("class"));
        assertEquals(List.of("Tip", "Mind the caches", "Regions differ", "Danger", "Note"),
                page.select(".admonition-title").eachText());
        assertEquals("caches", page.selectFirst(".admonition-caution .admonition-title em").text());
        assertEquals("ten minutes", page.selectFirst(".admonition-caution p:not(.admonition-title) strong").text());
        assertTrue(page.select(".admonition").stream().allMatch(a -> a.attr("role").equals("note")));
    }

    @Test
    void givesAnswersWithThreeOrMoreSectionsATableOfContents() {
        Element toc = Sites.page(site.out(), ROTATE).selectFirst("nav.toc");
        assertEquals(List.of("#create-the-new-key", "#roll-it-out", "#check-every-region", "#revoke-the-old-key"),
                toc.select(".toc-list a").eachAttr("href"));
        assertEquals(List.of("toc-l2", "toc-l2", "toc-l3", "toc-l2"), toc.select(".toc-list li").eachAttr("class"));
        assertTrue(Sites.page(site.out(), "/faq/guides/search-tips/").select("nav.toc").isEmpty(), "two sections need no table");
    }

    @Test
    void showsLastUpdatedFromFrontMatterAndAnEditLink() {
        Document page = Sites.page(site.out(), "/faq/guides/search-tips/");
        assertEquals("2026-01-15", page.selectFirst(".page-meta time").attr("datetime"));
        assertEquals("January 15, 2026", page.selectFirst(".page-meta time").text());
        assertEquals("https://git.example.test/docs/edit/main/content/faq/guides/search-tips.md",
                page.selectFirst("a.edit-link").attr("href"));
    }

    @Test
    void describesEveryPageForSearchEnginesAndSocialCards() {
        Document page = Sites.page(site.out(), "/faq/guides/search-tips/");
        assertEquals("The rate limit is counted per key across every region.", page.select("meta[name=description]").attr("content"));
        assertEquals("https://reader.example.test/faq/guides/search-tips/", page.select("link[rel=canonical]").attr("href"));
        assertEquals("article", page.select("meta[property=og:type]").attr("content"));
        assertEquals("Which regions does the rate limit apply to?", page.select("meta[property=og:title]").attr("content"));
        assertEquals("https://reader.example.test/faq/guides/search-tips/", page.select("meta[property=og:url]").attr("content"));
        assertEquals("Reader Docs", page.select("meta[property=og:site_name]").attr("content"));
        assertEquals("https://reader.example.test/assets/img/logo.svg", page.select("meta[property=og:image]").attr("content"));
        assertEquals("2026-01-15", page.select("meta[property=article:modified_time]").attr("content"));
        assertEquals("summary_large_image", page.select("meta[name=twitter:card]").attr("content"));
        assertEquals("The rate limit is counted per key across every region.", page.select("meta[name=twitter:description]").attr("content"));
        assertEquals("website", Sites.page(site.out(), "/").select("meta[property=og:type]").attr("content"));
    }

    @Test
    void putsAFaqPageWithTheWholeAnswerAndBreadcrumbsInJsonLd() throws Exception {
        Document page = Sites.page(site.out(), "/faq/guides/search-tips/");
        List<JsonNode> data = jsonLd(page);
        JsonNode faq = data.get(0);
        assertEquals("FAQPage", faq.get("@type").asText());
        assertEquals("https://schema.org", faq.get("@context").asText());
        JsonNode question = faq.get("mainEntity").get(0);
        assertEquals("Question", question.get("@type").asText());
        assertEquals("Which regions does the rate limit apply to?", question.get("name").asText());
        assertEquals("The rate limit is counted per key, across every regional host.\nCounting\n"
                + "Each request costs credits; the headers tell you how many are left.\nExceeding it\n"
                + "You get HTTP 429 until the window moves on.", question.get("acceptedAnswer").get("text").asText());
        assertEquals("2026-01-15", faq.get("dateModified").asText());
        JsonNode crumbs = data.get(1);
        assertEquals("BreadcrumbList", crumbs.get("@type").asText());
        assertEquals(List.of("Home", "FAQ", "Guides", "Which regions does the rate limit apply to?"),
                crumbs.get("itemListElement").findValuesAsText("name"));
        assertEquals(List.of("https://reader.example.test/", "https://reader.example.test/faq/",
                "https://reader.example.test/faq/guides/", "https://reader.example.test/faq/guides/search-tips/"),
                crumbs.get("itemListElement").findValuesAsText("item"));
        assertEquals(List.of("1", "2", "3", "4"), crumbs.get("itemListElement").findValuesAsText("position"));
    }

    @Test
    void putsBreadcrumbsInJsonLdOnEveryPage() throws Exception {
        for (String path : List.of("/", "/faq/", "/faq/more/", "/404.html", "/search/")) {
            List<JsonNode> data = jsonLd(Sites.page(site.out(), path));
            assertEquals("BreadcrumbList", data.get(data.size() - 1).get("@type").asText(), path);
        }
        assertEquals(List.of("Home", "FAQ", "More & Other"),
                jsonLd(Sites.page(site.out(), "/faq/more/")).get(0).get("itemListElement").findValuesAsText("name"));
    }

    @Test
    void escapesJsonLdSoThatTextCannotCloseItsScriptElement() throws Exception {
        String html = Files.readString(site.out().resolve("faq/more/script-in-title/index.html"));
        String data = html.substring(html.indexOf("application/ld+json"));
        data = data.substring(0, data.indexOf("</script>"));
        assertFalse(data.contains("<"), data);
        assertTrue(data.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e show up \\u0026 break"), data);
        assertEquals("Why does </script><script>alert(1)</script> show up & break my page?",
                jsonLd(Sites.page(site.out(), "/faq/more/script-in-title/")).get(0).get("mainEntity").get(0).get("name").asText());
    }

    @Test
    void keepsTheSearchAndNotFoundPagesOutOfSearchEngines() throws Exception {
        assertEquals("noindex", Sites.page(site.out(), "/404.html").select("meta[name=robots]").attr("content"));
        assertEquals("noindex", Sites.page(site.out(), "/search/").select("meta[name=robots]").attr("content"));
        assertEquals("", Sites.page(site.out(), "/faq/").select("meta[name=robots]").attr("content"));
        assertEquals("User-agent: *\nDisallow: /search/\nSitemap: https://reader.example.test/sitemap.xml\n",
                Files.readString(site.out().resolve("robots.txt")));
        String sitemap = Files.readString(site.out().resolve("sitemap.xml"));
        assertFalse(sitemap.contains("/search/") || sitemap.contains("404"), sitemap);
    }

    @Test
    void givesTheCategoryAndTheSiteTheDateOfTheirNewestAnswer() throws Exception {
        String sitemap = Files.readString(site.out().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<url><loc>https://reader.example.test/faq/guides/search-tips/</loc><lastmod>2026-01-15</lastmod></url>"), sitemap);
        assertTrue(sitemap.contains("<url><loc>https://reader.example.test/faq/guides/</loc><lastmod>2026-01-15</lastmod></url>"), sitemap);
        assertTrue(sitemap.contains("<url><loc>https://reader.example.test/</loc><lastmod>2026-01-15</lastmod></url>"), sitemap);
        assertTrue(sitemap.contains("<url><loc>https://reader.example.test/faq/more/</loc></url>"), "no date, no lastmod: " + sitemap);
    }

    @Test
    void marksOnlyTheAnswerForTheSearchIndex() {
        Document page = Sites.page(site.out(), ROTATE);
        Element body = page.selectFirst("[data-pagefind-body]");
        assertEquals("article", body.tagName());
        assertEquals("How do I rotate an API key without downtime?", body.selectFirst("h1").text(), "Pagefind's title");
        assertEquals("Guides", body.attr("data-category"));
        assertTrue(page.selectFirst("nav.toc").hasAttr("data-pagefind-ignore"));
        assertTrue(page.select(".sidebar [data-pagefind-body], .rating [data-pagefind-body]").isEmpty());
        assertEquals(1, Sites.page(site.out(), "/faq/").select("form.search-dropdown").size());
        assertEquals(1, Sites.page(site.out(), "/404.html").select("form.search-page[data-search-from-path]").size());
    }

    @Test
    void reportsWhereSearchIsEnabledWhenPagefindIsMissing() throws Exception {
        BuildResult missing = SiteBuilder.build(new BuildOptions(Sites.fixture("reader"), tmp.resolve("missing"), false),
                Map.of(PagefindBinary.VARIABLE, tmp.resolve("no-pagefind-here").toString()));
        assertEquals(BuildResult.Status.CONFIG_ERRORS, missing.status());
        assertEquals("site.yml:22:3: error: search is enabled but Pagefind is not installed (run 'npm ci' where package.json "
                + "is (it installs Pagefind), set FAQSITE_PAGEFIND to a pagefind binary, or set search.enabled: false)",
                Sites.problems(missing));
    }

    @Test
    void reportsAFailingSearchIndexTogetherWithTheChecksFindingsAndKeepsThePreviousSite() throws Exception {
        Path site = Sites.copy(Sites.fixture("checks/broken-link"), tmp.resolve("broken"));
        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")) + "search:\n  enabled: true\n");
        Path pagefind = tmp.resolve("bin/pagefind");
        Sites.write(pagefind, "#!/bin/sh\necho 'Indexing 3 pages'\necho 'Error: out of disk space' >&2\nexit 3\n");
        assertTrue(pagefind.toFile().setExecutable(true));
        Path out = tmp.resolve("published");
        Sites.write(out.resolve("index.html"), "the previous site");

        BuildResult result = SiteBuilder.build(new BuildOptions(site, out, false, BuildOptions.Mode.STRICT),
                Map.of(PagefindBinary.VARIABLE, pagefind.toString()));

        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status());
        assertEquals("content/faq/general/checked.md:7:1: error: link to a missing page /faq/general/gone/ [broken-link] (check the "
                + "path; questions are served at /faq/<category>/<question>/)\n"
                + "site.yml:17:3: error: cannot build the search index: cannot start Pagefind: Pagefind stopped (exit 3): Error: out "
                + "of disk space (run " + pagefind + " --site <output> to see the whole report)", Sites.problems(result));
        assertEquals("the previous site", Files.readString(out.resolve("index.html")));
    }

    private static List<JsonNode> jsonLd(Document page) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            out.add(JSON.readTree(script.data()));
        }
        return out;
    }
}
