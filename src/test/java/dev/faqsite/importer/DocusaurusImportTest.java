package dev.faqsite.importer;

import dev.faqsite.init.Release;
import dev.faqsite.init.SiteInit;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One Docusaurus construct per fixture under {@code src/test/resources/import/<name>/}: {@code site/docs} is the
 * Docusaurus docs folder, {@code expected/} every file the import writes, the report included. The site is imported
 * into a folder that already has a {@code site.yml}, except for {@code new-site}, which gets the files of
 * {@code faqsite init} (without its samples); there {@code @VERSION@} stands for this release's version.
 * ({@code -Dimport.golden=write} rewrites the expected files, to review as a diff.)
 */
class DocusaurusImportTest {

    private static final String VERSION = Release.current().version();
    private static final String EXISTING_CONFIG = "name: \"Existing\"\nbase_url: \"https://existing.example.test\"\n";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"number-prefixes", "category-files", "front-matter", "nested", "mdx-esm", "tabs",
            "admonitions-details", "code-blocks", "components", "links-assets", "slugs", "unclosed-tabs", "unclosed-expression", "page-folders", "code-component", "new-site"})
    void writesTheExpectedFaqsiteFilesAndReport(String name) throws IOException {
        Path fixture = fixture(name);
        Path into = tmp.resolve("site");
        Files.createDirectories(into);
        if (!name.equals("new-site")) {
            Files.writeString(into.resolve("site.yml"), EXISTING_CONFIG);
        }
        DocusaurusImporter.run(new DocusaurusImporter.Request(fixture.resolve("site/docs"), into, "/docs"));
        Map<String, String> written = files(into);
        if (!name.equals("new-site")) {
            assertEquals(EXISTING_CONFIG, written.remove("site.yml"), "an existing site.yml is kept");
        } else {
            // the new site is init's, named from docusaurus.config.js: init's own files are held to init's output, not
            // to a copy of it, so that a change to init changes no golden file here
            Path init = tmp.resolve("init");
            SiteInit.create(init, new SiteInit.Options("Acme Help", "https://help.acme.test", false));
            files(init).forEach((file, text) -> assertEquals(text, written.remove(file), file + " as faqsite init writes it"));
        }
        Path expected = fixture.resolve("expected");
        if ("write".equals(System.getProperty("import.golden"))) {
            if (Files.exists(expected)) {
                try (Stream<Path> old = Files.walk(expected)) {
                    for (Path f : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
            Sites.copy(into, expected);
            Files.deleteIfExists(expected.resolve("site.yml"));
            if (name.equals("new-site")) {
                for (String file : files(tmp.resolve("init")).keySet()) {
                    Files.deleteIfExists(expected.resolve(file));
                }
            }
            for (Map.Entry<String, String> file : files(expected).entrySet()) {
                if (file.getValue().contains(VERSION)) {
                    Files.writeString(expected.resolve(file.getKey()), file.getValue().replace(VERSION, "@VERSION@"));
                }
            }
        }
        Map<String, String> wanted = new TreeMap<>();
        files(expected).forEach((file, text) -> wanted.put(file, text.replace("@VERSION@", VERSION)));
        assertEquals(wanted, written);
    }

    @Test
    void reportsPagesThatCouldNotComeOverAndCountsWhatDid() throws IOException {
        Path into = tmp.resolve("site");
        ImportReport report = DocusaurusImporter.run(new DocusaurusImporter.Request(
                fixture("unclosed-tabs").resolve("site/docs"), into, "/docs"));
        assertFalse(report.complete());
        assertEquals(1, report.pages());
        assertEquals(1, report.pagesLost());
        assertTrue(Files.exists(into.resolve("content/faq/general/fine.md")));
        assertFalse(Files.exists(into.resolve("content/faq/general/broken.md")), "a page that cannot come over is not half-written");
    }

    @Test
    void neverOverwritesAnExistingPage() throws IOException {
        Path into = tmp.resolve("site");
        Path docs = fixture("new-site").resolve("site/docs");
        DocusaurusImporter.run(new DocusaurusImporter.Request(docs, into, "/docs"));
        Files.writeString(into.resolve("content/faq/general/what.md"), "edited by hand\n");
        ImportReport again = DocusaurusImporter.run(new DocusaurusImporter.Request(docs, into, "/docs"));
        assertEquals("edited by hand\n", Files.readString(into.resolve("content/faq/general/what.md")));
        assertEquals("""
                content/faq/general/_category.yml:1: exists already (kept as it was)
                docs/what.md:1: content/faq/general/what.md exists already (page not imported)
                docs/what.md:1: page at the top of the docs folder (put in category 'general' labelled 'General')
                sidebars.js:1: sidebar file not read (it is code) (categories and their order come from the folders, _category_ files and sidebar_position)
                0 pages, 1 category, 0 redirects, 3 warnings; 1 page could not be imported
                """, again.format());
    }

    @Test
    void placesImportedCategoriesAfterTheSitesOwn() throws IOException {
        Path into = tmp.resolve("site");
        Files.createDirectories(into.resolve("content/faq/general"));
        Files.writeString(into.resolve("site.yml"), EXISTING_CONFIG);
        Files.writeString(into.resolve("content/faq/general/_category.yml"), "label: \"General\"\nposition: 7\n");
        DocusaurusImporter.run(new DocusaurusImporter.Request(fixture("nested").resolve("site/docs"), into, "/docs"));
        assertEquals("label: \"Account › Payments\"\nposition: 9\n",
                Files.readString(into.resolve("content/faq/account-payments/_category.yml")));
    }

    @Test
    void takesTheOldUrlsFromTheRouteBase() throws IOException {
        Path into = tmp.resolve("site");
        DocusaurusImporter.run(new DocusaurusImporter.Request(fixture("slugs").resolve("site/docs"), into, "/"));
        assertTrue(Files.readString(into.resolve("content/faq/api/changes.md")).contains("redirect_from:\n  - \"/changes\"\n"));
        assertTrue(Files.readString(into.resolve("content/faq/api/paging-guide.md")).contains("  - \"/paging-guide\"\n"));
    }

    /** A fixture in the sources, so that {@code -Dimport.golden=write} updates the files under review. */
    static Path fixture(String name) {
        return Sites.repository().resolve("src/test/resources/import").resolve(name);
    }

    /** The file as text; an image as its bytes in Base64. */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "binary " + java.util.Base64.getEncoder().encodeToString(bytes);
        }
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString().replace('\\', '/'), text(file));
            }
        }
        return out;
    }
}
