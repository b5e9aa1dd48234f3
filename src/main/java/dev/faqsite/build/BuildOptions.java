package dev.faqsite.build;

import dev.faqsite.external.ExternalSettings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code faqsite build} was asked to do.
 *
 * @param source        the site's root: {@code site.yml}, {@code content/}, optionally {@code templates/}
 * @param out           where the built site goes
 * @param includeDrafts publish draft questions too
 * @param mode          whether to check the built site, and whether to publish it
 * @param external      how to fetch external links, when the check should ({@code check --external}); the build
 *                      itself never goes online
 */
public record BuildOptions(Path source, Path out, boolean includeDrafts, Mode mode, Optional<ExternalSettings> external) {

    /** What a build does after baking. */
    public enum Mode {
        /** Publish without checking: the fast loop. */
        BUILD,
        /** Check, and publish only when no check reports an error ({@code build --strict}, what CI uses). */
        STRICT,
        /** Check and report; never publish ({@code faqsite check}). */
        CHECK
    }

    public BuildOptions(Path source, Path out, boolean includeDrafts) {
        this(source, out, includeDrafts, Mode.BUILD);
    }

    public BuildOptions(Path source, Path out, boolean includeDrafts, Mode mode) {
        this(source, out, includeDrafts, mode, Optional.empty());
    }

    /** Where the answers of external links are cached between runs of {@code check --external}: beside the output. */
    public Path externalCache() {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-external-cache.json");
    }

    /** Where the list of external links found by the checks is written: beside the output folder. */
    public Path externalLinksReport() {
        Path absolute = out.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-external-links.txt");
    }
}
