package dev.faqsite.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that build a site. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder with site.yml, content/ and optionally templates/ (default: ${DEFAULT-VALUE}).")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target/site");

    @Option(names = "--drafts", description = "Publish draft questions too.")
    boolean drafts;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;
}
