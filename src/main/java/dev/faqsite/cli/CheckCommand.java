package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code faqsite check}: build the site aside and check it, without publishing. */
@Command(name = "check", description = "Build the site aside and check links, anchors, HTML structure, accessibility and structured data; publish nothing.",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(site.source, site.out, site.drafts, BuildOptions.Mode.CHECK);
        BuildResult result = SiteBuilder.build(options);
        int code = Report.print(result, site.out, site.timings, System.out, System.err);
        if (result.config().isPresent() && result.tree().isPresent()) {
            System.out.println("External links (not fetched): " + options.externalLinksReport());
        }
        return code;
    }
}
