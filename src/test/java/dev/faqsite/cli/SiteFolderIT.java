package dev.faqsite.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site made by {@code faqsite init} in any folder, built from there, with its own templates beside the built-in ones. */
class SiteFolderIT {

    @TempDir
    Path dir;

    @Test
    void aNewSiteBuildsStrictIntoTheTargetFolderOfItsOwn() throws Exception {
        Path site = dir.resolve("acme-faq");
        assertEquals(0, Main.run("init", site.toString(), "--base-url", "https://faq.acme.test"));
        assertTrue(Files.readString(site.resolve("site.yml")).contains("name: \"Acme Faq\""), "named after its folder");

        assertEquals(0, Main.run("build", "--strict", "--source", site.toString()));

        assertTrue(Files.isRegularFile(site.resolve("target/site/faq/getting-started/request-errors/index.html")));
        assertEquals(2, Main.run("init", site.toString()), "a folder with a site.yml is refused");
    }

    @Test
    void aTemplateOfTheSiteOverridesTheBuiltInOneAndTheOthersStay() throws Exception {
        Path site = dir.resolve("docs");
        assertEquals(0, Main.run("init", site.toString(), "--name", "Docs", "--base-url", "https://docs.acme.test"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/robots.ftl"), "<#ftl output_format=\"plainText\">\nUser-agent: *\nDisallow: /\n");

        assertEquals(0, Main.run("build", "--strict", "--source", site.toString(), "--out", dir.resolve("out").toString()));

        assertEquals("User-agent: *\nDisallow: /\n", Files.readString(dir.resolve("out/robots.txt")));
        assertTrue(Files.readString(dir.resolve("out/faq/getting-started/first-request/index.html")).contains("class=\"answer-body\""),
                "the question page still comes from the built-in template");
        assertFalse(Files.exists(site.resolve("target")), "--out wins over the site's own target folder");
    }

    @Test
    void versionNamesFaqsiteItsLibrariesPagefindAndJava() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("--version"));
        } finally {
            System.setOut(original);
        }
        String shown = printed.toString(StandardCharsets.UTF_8);
        String pinned = new ObjectMapper().readTree(Path.of("package-lock.json").toFile()).path("packages").path("node_modules/pagefind")
                .path("version").asText();
        assertTrue(shown.matches("(?s)faqsite \\d+\\.\\d+\\.\\d+ \\(commit [0-9a-f]{7,}\\)\n.*"), shown);
        assertTrue(shown.contains("JBake 2.7.0, Freemarker 2.3.35, flexmark-java 0.64.8, Jsoup 1.22.1"), shown);
        assertTrue(shown.contains("Pagefind " + pinned + " (pinned)"), shown);
        // the binary a build here runs (npm's node_modules, as .ci/run installs it), asked for its own version
        assertTrue(shown.contains("node_modules") && shown.contains("(pagefind " + pinned + ")"), shown);
        assertTrue(shown.contains("Java " + System.getProperty("java.runtime.version")), shown);
    }
}
