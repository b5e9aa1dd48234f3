package dev.faqsite.importer;

import dev.faqsite.diag.Problem;
import dev.faqsite.init.SiteInit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A new site for an import into a folder that has none, made as {@code faqsite init} makes it (the commented
 * {@code site.yml}, {@code .gitignore} and CI files), without init's sample answers: the import brings the content. The
 * name and URL come from the Docusaurus site's {@code docusaurus.config.*} when it sits beside the docs folder.
 */
final class NewSite {

    static final String PLACEHOLDER_URL = "https://docs.example.com";

    private NewSite() {
    }

    /**
     * Makes a site in {@code site} unless it has a {@code site.yml}.
     *
     * @return whether a new site was made
     */
    static boolean createIfMissing(Path site, Path docs, String display, List<ImportNote> notes) throws IOException {
        if (Files.isRegularFile(site.resolve("site.yml"))) {
            return false;
        }
        DocusaurusConfig config = DocusaurusConfig.of(docs);
        Path parent = docs.toAbsolutePath().normalize().getParent();
        String name = config.title().orElse(parent == null ? display : parent.getFileName().toString());
        String configFile = config.file().orElse("docusaurus.config.js");
        if (config.url().isEmpty()) {
            notes.add(ImportNote.warning(configFile, 1, "no 'url:' of the site found beside " + display + "/",
                    "site.yml has base_url " + PLACEHOLDER_URL + ": set the URL the site is published at"));
        }
        SiteInit.Outcome made = SiteInit.create(site, new SiteInit.Options(name, config.url().orElse(PLACEHOLDER_URL), false));
        for (Problem problem : made.problems()) {
            notes.add(ImportNote.warning(configFile, 1, "no site.yml written: " + problem.message(),
                    "write site.yml by hand, or run 'faqsite init' in the folder"));
        }
        return made.created();
    }
}
