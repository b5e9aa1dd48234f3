package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code faqsite build}: bake the site into the output folder. */
@Command(name = "build", description = "Build the site into --out (default target/site).", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--strict", description = "Check the built site (links, anchors, HTML, accessibility, structured data) and publish it only if no check reports an error.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(site.source, site.out, site.drafts,
                strict ? BuildOptions.Mode.STRICT : BuildOptions.Mode.BUILD);
        Report.Request request = Report.request(spec.commandLine(), options, "build", reports, site.timings);
        BuildResult result = SiteBuilder.build(options);
        return Report.print(result, request, System.out, System.err);
    }
}
