package dev.faqsite.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A new, empty faqsite site for an import into a folder that has none: a {@code site.yml} with the two required keys
 * and an empty {@code content/faq/}. The name and URL come from the Docusaurus site's {@code docusaurus.config.*} when
 * it sits beside the docs folder. (Kept behind this one method so that {@code faqsite init} can take its place.)
 */
final class SiteSkeleton {

    static final String PLACEHOLDER_URL = "https://docs.example.com";

    private SiteSkeleton() {
    }

    /**
     * Writes {@code site.yml} and {@code content/faq/} into {@code site} unless it has a {@code site.yml}.
     *
     * @return whether a new site was written
     */
    static boolean createIfMissing(Path site, Path docs, String display, List<ImportNote> notes) throws IOException {
        if (Files.isRegularFile(site.resolve("site.yml"))) {
            return false;
        }
        DocusaurusConfig config = DocusaurusConfig.of(docs);
        Path parent = docs.toAbsolutePath().normalize().getParent();
        String name = config.title().orElse(parent == null ? display : parent.getFileName().toString());
        String baseUrl = config.url().orElse(PLACEHOLDER_URL);
        if (config.url().isEmpty()) {
            notes.add(ImportNote.warning(config.file().orElse("docusaurus.config.js"), 1,
                    "no 'url:' of the site found beside " + display + "/",
                    "site.yml has base_url " + PLACEHOLDER_URL + ": set the URL the site is published at"));
        }
        Files.createDirectories(site.resolve("content/faq"));
        Files.writeString(site.resolve("site.yml"), "# Written by 'faqsite import docusaurus'. Every key is documented in faqsite's README (\"Config reference\").\n"
                + "name: " + PageHeader.quote(name) + "\n"
                + "base_url: " + PageHeader.quote(baseUrl) + "\n");
        return true;
    }
}
