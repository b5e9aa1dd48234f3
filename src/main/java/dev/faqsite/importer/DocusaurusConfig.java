package dev.faqsite.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the import takes from a Docusaurus site's {@code docusaurus.config.js} (or {@code .ts}, {@code .mjs}) beside the
 * docs folder: the site's title and URL, and the docs' {@code routeBasePath}. The config is JavaScript and is not run:
 * the first literal string of each key is read.
 *
 * @param file          the config's file name, when there is one
 * @param title         {@code title}
 * @param url           {@code url}, without a trailing slash
 * @param routeBasePath {@code routeBasePath} of the docs, as a path starting with '/'
 */
public record DocusaurusConfig(Optional<String> file, Optional<String> title, Optional<String> url, Optional<String> routeBasePath) {

    private static final List<String> NAMES = List.of("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs");
    private static final Pattern TITLE = Pattern.compile("\\btitle\\s*:\\s*(['\"`])([^'\"`]+)\\1");
    private static final Pattern URL = Pattern.compile("\\burl\\s*:\\s*(['\"`])(https?://[^'\"`]+)\\1");
    private static final Pattern ROUTE_BASE = Pattern.compile("\\brouteBasePath\\s*:\\s*(['\"`])([^'\"`]*)\\1");

    /** The config of the Docusaurus site a docs folder belongs to (its parent folder); all empty when there is none. */
    public static DocusaurusConfig of(Path docs) throws IOException {
        Path site = docs.toAbsolutePath().normalize().getParent();
        Optional<Path> config = site == null ? Optional.empty()
                : NAMES.stream().map(site::resolve).filter(Files::isRegularFile).findFirst();
        if (config.isEmpty()) {
            return new DocusaurusConfig(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        String text = Files.readString(config.get());
        return new DocusaurusConfig(Optional.of(config.get().getFileName().toString()), first(TITLE, text),
                first(URL, text).map(u -> u.replaceFirst("/+$", "")), first(ROUTE_BASE, text).map(r -> "/" + r.replaceFirst("^/+", "")));
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }
}
