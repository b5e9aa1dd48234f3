package dev.faqsite.build;

import java.nio.file.Path;

/**
 * What {@code faqsite build} was asked to do.
 *
 * @param source        the site's root: {@code site.yml}, {@code content/}, optionally {@code templates/}
 * @param out           where the built site goes
 * @param includeDrafts publish draft questions too
 */
public record BuildOptions(Path source, Path out, boolean includeDrafts) {
}
