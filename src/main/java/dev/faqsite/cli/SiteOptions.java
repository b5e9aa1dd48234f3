package dev.faqsite.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that build a site. */
final class SiteOptions {

    /** Where a site is built unless --out says otherwise, inside the site's folder (ignored by the .gitignore of init). */
    static final Path DEFAULT_OUT = Path.of("target/site");

    Path source = Path.of(".");
    Path out = DEFAULT_OUT;
    private boolean outGiven;

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder with site.yml, content/ and optionally templates/ (default: the current folder).")
    void source(Path folder) {
        source = folder;
        // the output belongs to the site, not to wherever the command happens to run
        if (!outGiven) {
            out = folder.resolve(DEFAULT_OUT);
        }
    }

    @Option(names = "--out", paramLabel = "DIR", description = "Where the site is written (default: target/site in the site's folder).")
    void out(Path folder) {
        out = folder;
        outGiven = true;
    }

    @Option(names = "--drafts", description = "Publish draft questions too.")
    boolean drafts;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;
}
