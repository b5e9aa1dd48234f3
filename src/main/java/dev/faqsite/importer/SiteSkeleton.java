package dev.faqsite.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new, empty faqsite site for an import into a folder that has none: a {@code site.yml} with the two required keys
 * and an empty {@code content/faq/}. The name and URL come from the Docusaurus site's {@code docusaurus.config.*} when
 * it sits beside the docs folder. (Kept behind this one method so that {@code faqsite init} can take its place.)
 */
final class SiteSkeleton {

    private static final Pattern TITLE = Pattern.compile("\\btitle\\s*:\\s*(['\"`])([^'\"`]+)\\1");
    private static final Pattern URL = Pattern.compile("\\burl\\s*:\\s*(['\"`])(https?://[^'\"`]+)\\1");
    static final String PLACEHOLDER_URL = "https://docs.example.com";

    private SiteSkeleton() {
    }

    /**
     * Writes {@code site.yml} and {@code content/faq/} into {@code site} unless it has a {@code site.yml}.
     *
     * @return whether a new site was written
     */
    static boolean createIfMissing(Path site, Path docusaurusSite, String display, List<ImportNote> notes) throws IOException {
        if (Files.isRegularFile(site.resolve("site.yml"))) {
            return false;
        }
        Optional<Path> config = List.of("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs").stream()
                .map(docusaurusSite::resolve).filter(Files::isRegularFile).findFirst();
        String text = config.isPresent() ? Files.readString(config.get()) : "";
        Matcher title = TITLE.matcher(text);
        Matcher url = URL.matcher(text);
        String name = title.find() ? title.group(2) : docusaurusSite.toAbsolutePath().normalize().getFileName().toString();
        String baseUrl = url.find() ? url.group(2).replaceFirst("/+$", "") : PLACEHOLDER_URL;
        if (baseUrl.equals(PLACEHOLDER_URL)) {
            notes.add(ImportNote.warning(config.map(c -> c.getFileName().toString()).orElse("docusaurus.config.js"), 1,
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
