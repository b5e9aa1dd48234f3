package dev.faqsite.browser;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import dev.faqsite.importer.DocusaurusImporter;
import dev.faqsite.importer.ImportReport;
import dev.faqsite.server.SiteServer;
import dev.faqsite.testing.Browser;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Docusaurus docs folder imported, built with {@code --strict}, served: an old Docusaurus URL leads the reader to
 * the answer's new page in Chromium, with JavaScript and without.
 */
class ImportedSiteBrowserIT {

    @TempDir
    static Path tmp;
    private static SiteServer server;

    @BeforeAll
    static void importBuildAndServe() throws Exception {
        Path docs = Sites.repository().resolve("src/test/resources/import/for-build/site/docs");
        Path site = tmp.resolve("site");
        ImportReport report = DocusaurusImporter.run(new DocusaurusImporter.Request(docs, site, "/docs"));
        assertTrue(report.complete(), report.format());
        BuildResult built = SiteBuilder.build(new BuildOptions(site, tmp.resolve("out"), false, BuildOptions.Mode.STRICT));
        assertEquals(BuildResult.Status.BUILT, built.status(), Sites.problems(built));
        assertEquals("", Sites.problems(built), "the imported site passes every check");
        server = SiteServer.start(tmp.resolve("out"), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anOldDocusaurusUrlLeadsToTheAnswersNewPageWithoutJavaScript() {
        followsOldUrl(false, "/docs/account/payments/refunds", "/faq/account-payments/refunds/", "How long does a refund take?");
    }

    @Test
    void anOldDocusaurusUrlWithATrailingSlashLeadsThereWithJavaScript() {
        followsOldUrl(true, "/docs/account/keys/", "/faq/account/keys/", "How do I create an API key?");
    }

    private static void followsOldUrl(boolean javascript, String oldPath, String newPath, String title) {
        try (Browser browser = Browser.open(javascript)) {
            ChromeDriver driver = browser.driver();
            driver.get(server.uri().resolve(oldPath).toString());
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(newPath));
            assertEquals(title, driver.findElement(By.tagName("h1")).getText());
            browser.screenshot("imported-" + newPath.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        }
    }
}
