package dev.faqsite.ratings;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestFileTest {

    @TempDir
    Path site;

    private void manifest(String... urls) throws IOException {
        StringBuilder json = new StringBuilder("{\"format\": 1, \"pages\": [");
        for (int i = 0; i < urls.length; i++) {
            json.append(i > 0 ? "," : "").append("{\"url\": \"").append(urls[i])
                    .append("\", \"title\": \"T\", \"category\": \"c\", \"categoryLabel\": \"C\", \"contentVersion\": \"v\"}");
        }
        Sites.write(site.resolve("pages.json"), json.append("]}").toString());
    }

    @Test
    void readsThePagesTheBuildPublished() throws IOException {
        manifest("/faq/c/one/", "/faq/c/two/");
        PageCatalog catalog = ManifestFile.read(site);
        assertEquals(2, catalog.size());
        assertEquals("v", catalog.page("/faq/c/two/").orElseThrow().contentVersion());
        assertEquals(List.of(new PageCatalog.CategoryName("c", "C")), catalog.categories());
    }

    @Test
    void picksUpARebuiltSiteAndKeepsTheLastGoodManifestWhileOneIsMissing() throws IOException {
        manifest("/faq/c/one/");
        ManifestFile file = ManifestFile.in(site);
        manifest("/faq/c/one/", "/faq/c/new/");
        Files.setLastModifiedTime(site.resolve("pages.json"), FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(file.catalog().page("/faq/c/new/").isPresent());
        Files.delete(site.resolve("pages.json"));
        assertEquals(2, file.catalog().size());
    }

    @Test
    void knowsNoPagesUntilTheFirstBuildWritesTheManifest() throws IOException {
        ManifestFile file = ManifestFile.expected(site);
        assertEquals(0, file.catalog().size());
        manifest("/faq/c/one/");
        assertTrue(file.catalog().page("/faq/c/one/").isPresent());
    }

    @Test
    void saysToBuildTheSiteWhenThereIsNoManifest() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ManifestFile.in(site));
        assertTrue(e.getMessage().contains("build the site with faqsite first"), e.getMessage());
    }

    @Test
    void refusesAManifestOfAnotherFormat() throws IOException {
        Sites.write(site.resolve("pages.json"), "{\"format\": 2, \"pages\": []}");
        IOException e = assertThrows(IOException.class, () -> ManifestFile.in(site));
        assertTrue(e.getMessage().contains("rebuild the site"), e.getMessage());
    }
}
