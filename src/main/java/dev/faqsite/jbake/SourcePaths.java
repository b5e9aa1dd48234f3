package dev.faqsite.jbake;

import java.io.File;
import java.nio.file.Path;

/** Turns files into the paths authors see: relative to the site's root, with forward slashes. */
record SourcePaths(Path siteRoot, Path contentFolder) {

    String display(File file) {
        return slashes(siteRoot.toAbsolutePath().normalize().relativize(file.toPath().toAbsolutePath().normalize()));
    }

    String underContent(File file) {
        return slashes(contentFolder.toAbsolutePath().normalize().relativize(file.toPath().toAbsolutePath().normalize()));
    }

    private static String slashes(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }
}
