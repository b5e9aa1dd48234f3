package dev.faqsite.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a problem's path, which is relative to the site's folder ({@code content/faq/…}), to the repository's root,
 * which is what GitHub annotations and code scanning expect: a site in {@code docs/} of its repository has its
 * problems at {@code docs/content/faq/…}.
 *
 * @param prefix what to put before a site path: empty, or a folder ending in '/'
 */
public record RepoPaths(String prefix) {

    /** How problems in faqsite's own templates are named: they are in no repository file. */
    static final String BUILT_IN = "built-in ";
    /** The site is the repository's root. */
    public static final RepoPaths SITE_ROOT = new RepoPaths("");

    public RepoPaths {
        prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /**
     * The site's place in its repository: {@code root} when given, else the CI system's checkout
     * ({@code GITHUB_WORKSPACE}, {@code CI_PROJECT_DIR}), else the working directory. A site outside that root keeps
     * its own paths.
     */
    public static RepoPaths of(Path site, Optional<Path> root, Map<String, String> environment) {
        Path base = root.or(() -> Optional.ofNullable(environment.get("GITHUB_WORKSPACE")).map(Path::of))
                .or(() -> Optional.ofNullable(environment.get("CI_PROJECT_DIR")).map(Path::of))
                .orElse(Path.of(""))
                .toAbsolutePath().normalize();
        Path folder = site.toAbsolutePath().normalize();
        if (!folder.startsWith(base)) {
            return SITE_ROOT;
        }
        return new RepoPaths(base.relativize(folder).toString().replace('\\', '/'));
    }

    /** The path from the repository's root; empty for a built-in template, which no repository holds. */
    public Optional<String> inRepository(String sitePath) {
        return sitePath.startsWith(BUILT_IN) ? Optional.empty() : Optional.of(prefix + sitePath);
    }
}
