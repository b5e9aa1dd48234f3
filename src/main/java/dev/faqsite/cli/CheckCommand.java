package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import dev.faqsite.external.ExternalLinkChecker;
import dev.faqsite.external.ExternalSettings;
import dev.faqsite.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code faqsite check}: build the site aside and check it, without publishing. */
@Command(name = "check", description = "Build the site aside and check links, anchors, HTML structure, accessibility and structured data; publish nothing.",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--external", description = "Also fetch every external link (bounded concurrency, 2 per host, 10 s timeouts, retries for 429 and 5xx); findings are checks.external-link's level, a warning by default.")
    boolean external;

    @Option(names = "--external-cache", paramLabel = "FILE", description = "Where good answers are remembered between runs (default: beside --out, <out>-external-cache.json).")
    Path externalCache;

    @Option(names = "--external-ttl", paramLabel = "DURATION", description = "How long a good answer is trusted: 90s, 30m, 24h, 7d (default: ${DEFAULT-VALUE}).")
    String externalTtl = "24h";

    @Override
    public Integer call() throws Exception {
        BuildOptions plain = new BuildOptions(site.source, site.out, site.drafts, BuildOptions.Mode.CHECK);
        BuildOptions options = external ? new BuildOptions(site.source, site.out, site.drafts, BuildOptions.Mode.CHECK,
                Optional.of(ExternalSettings.defaults(externalCache != null ? externalCache : plain.externalCache(), ttl()))) : plain;
        Report.Request request = Report.request(spec.commandLine(), options, "check", reports, site.timings);
        BuildResult result = SiteBuilder.build(options);
        int code = Report.print(result, request, System.out, System.err);
        if (result.config().isPresent() && result.tree().isPresent()) {
            (request.terminal() == ReportFormat.TEXT ? System.out : System.err)
                    .println((external ? "External links (checked): " : "External links (not fetched): ") + options.externalLinksReport());
        }
        return code;
    }

    private Duration ttl() {
        try {
            return ExternalLinkChecker.parseTtl(externalTtl);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--external-ttl: " + e.getMessage());
        }
    }
}
