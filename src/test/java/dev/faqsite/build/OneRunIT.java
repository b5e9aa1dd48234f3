package dev.faqsite.build;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One run reports every problem of the tree, then decides: a broken {@code .md} link, a broken anchor and an image
 * without alt text (fixture {@code checks/one-run}) are found together, each at its Markdown line and with its rule's
 * level, and content errors do not hide the checks' findings.
 */
class OneRunIT {

    @TempDir
    Path tmp;

    @Test
    void aBrokenMdLinkABrokenAnchorAndAMissingAltAreAllReportedInOneRun() throws Exception {
        Path fixture = Sites.fixture("checks/one-run");
        BuildResult result = SiteBuilder.build(new BuildOptions(fixture, tmp.resolve("site"), false, BuildOptions.Mode.CHECK));
        assertEquals(Files.readString(fixture.resolve("expected.txt")).strip(), Sites.problems(result));
        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status(), "the anchor and the alt text are errors");
    }

    @Test
    void aStrictBuildPublishesWhenEveryFindingIsAWarningAndListsThem() throws Exception {
        Path site = copy(Sites.fixture("checks/one-run"));
        Files.writeString(site.resolve("site.yml"), "  broken-anchor: warning\n  image-alt: warning\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path out = tmp.resolve("published");
        BuildResult result = SiteBuilder.build(new BuildOptions(site, out, false, BuildOptions.Mode.STRICT));
        assertEquals(BuildResult.Status.BUILT, result.status(), Sites.problems(result));
        assertEquals(3, result.problems().warningCount(), Sites.problems(result));
        assertTrue(Files.exists(out.resolve("faq/market-data/order-book-depth/index.html")));
    }

    @Test
    void aPlainBuildPublishesASiteWhoseBrokenMdLinkIsAWarning() throws Exception {
        Path out = tmp.resolve("plain");
        BuildResult result = SiteBuilder.build(new BuildOptions(Sites.fixture("checks/one-run"), out, false));
        assertEquals(BuildResult.Status.BUILT, result.status(), Sites.problems(result));
        assertEquals("content/faq/market-data/order-book-depth.md:7:1: warning: link to a missing page streaming-updates.md [broken-link] "
                + "(no published question at content/faq/market-data/streaming-updates.md; check the file name and that it is not a draft)",
                Sites.problems(result));
        assertTrue(Files.exists(out.resolve("faq/market-data/order-book-depth/index.html")));
    }

    @Test
    void aBrokenMdLinkAtErrorLevelStillLetsEveryCheckRun() throws Exception {
        Path site = copy(Sites.fixture("checks/one-run"));
        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")).replace("broken-link: warning", "broken-link: error"));
        BuildResult result = SiteBuilder.build(new BuildOptions(site, tmp.resolve("site"), false, BuildOptions.Mode.STRICT));
        String problems = Sites.problems(result);
        assertTrue(problems.contains("order-book-depth.md:7:1: error: link to a missing page streaming-updates.md [broken-link]"), problems);
        assertTrue(problems.contains("[broken-anchor]"), problems);
        assertTrue(problems.contains("[image-alt]"), problems);
        assertFalse(Files.exists(tmp.resolve("site")), "a failed strict build publishes nothing");
    }

    @Test
    void contentErrorsAndCheckFindingsAreReportedTogether() throws Exception {
        Path site = copy(Sites.fixture("checks/one-run"));
        Files.writeString(site.resolve("content/faq/market-data/misnumbered.md"), """
                ---
                title: "Which order does this question have?"
                order: second
                ---
                It has none that the build can read.
                """);
        BuildResult result = SiteBuilder.build(new BuildOptions(site, tmp.resolve("site"), false, BuildOptions.Mode.CHECK));
        String problems = Sites.problems(result);
        assertTrue(problems.contains("content/faq/market-data/misnumbered.md:3:8: error: 'order' must be a whole number, got 'second'"), problems);
        assertTrue(problems.contains("[broken-anchor]"), problems);
        assertTrue(problems.contains("[image-alt]"), problems);
        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status());
    }

    private Path copy(Path from) throws IOException {
        return Sites.copy(from, tmp.resolve("source"));
    }
}
