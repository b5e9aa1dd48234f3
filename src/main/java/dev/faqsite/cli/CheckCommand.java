package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import dev.faqsite.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(site.source, site.out, site.drafts, BuildOptions.Mode.CHECK);
        Report.Request request = Report.request(spec.commandLine(), options, "check", reports, site.timings);
        BuildResult result = SiteBuilder.build(options);
        int code = Report.print(result, request, System.out, System.err);
        if (result.config().isPresent() && result.tree().isPresent()) {
            (request.terminal() == ReportFormat.TEXT ? System.out : System.err)
                    .println("External links (not fetched): " + options.externalLinksReport());
        }
        return code;
    }
}
