package dev.faqsite.build;

import dev.faqsite.diag.Problems;
import dev.faqsite.diag.Timings;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.SiteConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * What a build did.
 *
 * @param status   how it ended
 * @param problems everything found, errors and warnings
 * @param pages    pages written (0 unless built)
 * @param elapsed  wall-clock time of the whole build
 * @param config   the loaded site config, when it could be loaded
 * @param tree     the navigation, when the site was built
 * @param timings  how long each stage took
 */
public record BuildResult(Status status, Problems problems, int pages, Duration elapsed, Optional<SiteConfig> config,
                          Optional<NavTree> tree, Timings timings) {

    /** How a build ended; each maps to the CLI's exit code. */
    public enum Status {
        /** The site was published. */
        BUILT,
        /** The site was built and checked without errors, and not published ({@code faqsite check}). */
        CHECKED,
        /** Content or templates have errors; the previous site is untouched. */
        CONTENT_ERRORS,
        /** The config is missing or invalid; nothing was baked. */
        CONFIG_ERRORS
    }

    public boolean built() {
        return status == Status.BUILT;
    }

    public boolean succeeded() {
        return status == Status.BUILT || status == Status.CHECKED;
    }
}
