package dev.faqsite.build;

import dev.faqsite.testing.Sites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages' old URLs ({@code redirect_from:}) become static redirect pages and a {@code _redirects} file. */
class RedirectPagesIT {

    @TempDir
    Path tmp;

    private BuildResult strictBuild(Path out) throws Exception {
        return SiteBuilder.build(new BuildOptions(Sites.fixture("redirects"), out, false, BuildOptions.Mode.STRICT));
    }

    @Test
    void everyOldUrlGetsAPageThatSendsTheReaderToTheNewOneWithoutJavaScript() throws Exception {
        Path out = tmp.resolve("site");
        BuildResult result = strictBuild(out);
        assertEquals(BuildResult.Status.BUILT, result.status(), Sites.problems(result));
        assertEquals("", Sites.problems(result), "redirect pages pass every check");

        Document page = Sites.page(out, "/docs/billing/refunds/");
        assertEquals("https://docs.example.test/faq/billing/refunds/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("0; url=/faq/billing/refunds/", page.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("How long does a refund take?", page.selectFirst("main a[href=/faq/billing/refunds/]").text());
        assertEquals("en", page.selectFirst("html").attr("lang"));

        Document escaped = Sites.page(out, "/help/invoices/");
        assertEquals("Where are my invoices & receipts?", escaped.selectFirst("main a").text());
        assertEquals("/faq/billing/invoices/", escaped.selectFirst("main a").attr("href"));
    }

    @Test
    void aCategorysOldUrlsFromItsIndexFileLeadToTheCategoryPage() throws Exception {
        Path out = tmp.resolve("site");
        BuildResult result = strictBuild(out);
        assertEquals("", Sites.problems(result));

        Document page = Sites.page(out, "/docs/old-category/");
        assertEquals("0; url=/faq/billing/", page.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://docs.example.test/faq/billing/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Its questions are now at Billing.", page.selectFirst("main p").text());
        assertEquals("/faq/billing/", Sites.page(out, "/docs/account/billing/").selectFirst("main a").attr("href"));
        assertTrue(Sites.page(out, "/faq/billing/").selectFirst("main").text().contains("Paying for the API: invoices, refunds and plans."),
                "the category page is still there, with its own text");
    }

    @Test
    void writesARedirectsFileThatNetlifyAndCloudflareAnswerWithA301() throws Exception {
        Path out = tmp.resolve("site");
        strictBuild(out);
        assertEquals("""
                /docs/account/billing /faq/billing/ 301
                /docs/billing/refunds /faq/billing/refunds/ 301
                /docs/old-category/ /faq/billing/ 301
                /docs/payments/refund-times/ /faq/billing/refunds/ 301
                /help/invoices /faq/billing/invoices/ 301
                """, Files.readString(out.resolve("_redirects")));
    }

    @Test
    void leavesRedirectPagesOutOfTheSitemapAndThePageList() throws Exception {
        Path out = tmp.resolve("site");
        strictBuild(out);
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("/docs/"));
        assertFalse(Files.readString(out.resolve("pages.json")).contains("/docs/"));
    }
}
