package dev.faqsite.cli;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code faqsite import docusaurus}: 0 when every page came over, 1 when some could not, 2 for bad usage. */
class ImportExitCodesTest {

    @TempDir
    Path tmp;

    private static String docs(String fixture) {
        return Sites.repository().resolve("src/test/resources/import").resolve(fixture).resolve("site/docs").toString();
    }

    @Test
    void exitsZeroAndSavesTheReportWhenEveryPageCameOver() throws IOException {
        Path into = tmp.resolve("site");
        assertEquals(0, Main.run("import", "docusaurus", docs("components"), "--into", into.toString()));
        String report = Files.readString(into.resolve("import-report.txt"));
        assertTrue(report.contains("docusaurus.config.js:1: no 'url:' of the site found beside docs/ (site.yml has base_url "
                + "https://docs.example.com: set the URL the site is published at)\n"), report);
        assertTrue(report.endsWith("1 page, 1 category, 1 redirect, 11 warnings\n"), report);
        assertTrue(Files.isRegularFile(into.resolve("site.yml")), "a folder without a site gets one");
    }

    @Test
    void takesTheRouteBaseFromTheDocusaurusConfigUnlessGiven() throws IOException {
        Path into = tmp.resolve("site");
        assertEquals(0, Main.run("import", "docusaurus", docs("new-site"), "--into", into.toString()));
        assertTrue(Files.readString(into.resolve("content/faq/general/what.md")).contains("  - \"/help/what\"\n"));
        Path other = tmp.resolve("other");
        assertEquals(0, Main.run("import", "docusaurus", docs("new-site"), "--into", other.toString(), "--route-base", "/docs"));
        assertTrue(Files.readString(other.resolve("content/faq/general/what.md")).contains("  - \"/docs/what\"\n"));
    }

    @Test
    void exitsOneWhenAPageCouldNotComeOver() {
        assertEquals(1, Main.run("import", "docusaurus", docs("unclosed-tabs"), "--into", tmp.resolve("site").toString()));
    }

    @Test
    void exitsTwoForBadUsageAndWritesNothing() throws IOException {
        Path into = tmp.resolve("site");
        assertEquals(2, Main.run("import", "docusaurus", tmp.resolve("no-docs-here").toString(), "--into", into.toString()));
        assertEquals(2, Main.run("import", "docusaurus", docs("tabs"), "--into", into.toString(), "--route-base", "docs"));
        assertEquals(2, Main.run("import", "docusaurus"));
        assertEquals(2, Main.run("import", "docusaurus", docs("tabs"), "--no-such-option"));
        Files.writeString(tmp.resolve("a-file"), "x");
        assertEquals(2, Main.run("import", "docusaurus", docs("tabs"), "--into", tmp.resolve("a-file").toString()));
        assertFalse(Files.exists(into), "nothing is written on a usage error");
    }
}
