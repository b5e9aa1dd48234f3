package dev.faqsite.check;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One minimal site per check under {@code src/test/resources/sites/checks/}, each broken in one way; its
 * {@code expected.txt} holds the exact findings, traced to the Markdown or template line that causes them.
 */
class CheckFixturesIT {

    @TempDir
    Path tmp;

    private BuildResult check(String name) throws Exception {
        return SiteBuilder.build(new BuildOptions(Sites.fixture("checks/" + name), tmp.resolve("site"), false, BuildOptions.Mode.CHECK));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"broken-link", "broken-anchor", "missing-file", "duplicate-id", "image-alt", "headings",
            "page-meta", "link-text", "lang", "landmarks", "accessible-name", "image-alt-in-template", "image-alt-own-template",
            "structured-data", "one-run", "category-text"})
    void reportsEachFindingAtTheLineThatCausesIt(String name) throws Exception {
        BuildResult result = check(name);
        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status());
        assertEquals(Files.readString(Sites.fixture("checks/" + name).resolve("expected.txt")).strip(), Sites.problems(result));
    }

    @Test
    void findsNothingInACleanSite() throws Exception {
        BuildResult result = check("clean");
        assertEquals(BuildResult.Status.CHECKED, result.status());
        assertEquals("", Sites.problems(result));
    }

    @Test
    void theShippedSitePassesEveryCheckWithZeroFindings() throws Exception {
        BuildResult result = SiteBuilder.build(new BuildOptions(Sites.repository(), tmp.resolve("shipped"), false, BuildOptions.Mode.CHECK));
        assertEquals("", Sites.problems(result));
        assertEquals(BuildResult.Status.CHECKED, result.status());
    }

    @Test
    void honoursTheLevelOfEachRuleFromTheConfig() throws Exception {
        BuildResult result = check("levels");
        assertEquals(BuildResult.Status.CHECKED, result.status(), "a warning does not fail the check");
        assertEquals(Files.readString(Sites.fixture("checks/levels").resolve("expected.txt")).strip(), Sites.problems(result));
    }

    @Test
    void neverPublishesWhatItChecks() throws Exception {
        check("clean");
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void strictBuildsPublishOnlyWhenNoCheckFails() throws Exception {
        Path out = tmp.resolve("strict");
        BuildResult broken = SiteBuilder.build(new BuildOptions(Sites.fixture("checks/broken-link"), out, false, BuildOptions.Mode.STRICT));
        assertEquals(BuildResult.Status.CONTENT_ERRORS, broken.status());
        assertFalse(Files.exists(out));
        BuildResult clean = SiteBuilder.build(new BuildOptions(Sites.fixture("checks/clean"), out, false, BuildOptions.Mode.STRICT));
        assertTrue(clean.built());
        assertTrue(Files.exists(out.resolve("faq/general/checked/index.html")));
    }

    @Test
    void listsExternalLinksInAReportInsteadOfFetchingThem() throws Exception {
        BuildOptions options = new BuildOptions(Sites.fixture("checks/clean"), tmp.resolve("site"), false, BuildOptions.Mode.CHECK);
        SiteBuilder.build(options);
        String report = Files.readString(options.externalLinksReport());
        assertTrue(report.contains("\thttps://github.com/example/example"), report);
        assertTrue(report.contains("\thttps://console.example.test/"), report);
    }
}
