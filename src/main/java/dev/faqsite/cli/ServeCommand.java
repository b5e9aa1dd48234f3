package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import dev.faqsite.server.Mount;
import dev.faqsite.server.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code faqsite serve}: build, then serve the site and its APIs until stopped; {@code --watch} rebuilds on change. */
@Command(name = "serve", description = "Build the site, then serve it at http://localhost:8080/.", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", description = "Port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--watch", description = "Rebuild what a change to content/, templates/ or site.yml affects, reload open pages, show build errors in the page.")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(site.source, site.out, site.drafts);
        return watch ? watch(options) : once(options);
    }

    private int once(BuildOptions options) throws Exception {
        BuildResult result = SiteBuilder.build(options);
        int code = Report.print(result, site.out, site.timings, System.out, System.err);
        if (code != ExitCode.OK) {
            return code;
        }
        try (SiteServer server = SiteServer.start(site.out, host, port, mounts())) {
            System.out.println("Serving " + server.uri() + " (Ctrl+C to stop)");
            server.join();
        }
        return ExitCode.OK;
    }

    private int watch(BuildOptions options) throws Exception {
        try (WatchServer server = WatchServer.start(options, host, port, mounts(), System.out, System.err)) {
            server.join();
        }
        return ExitCode.OK;
    }

    /** The APIs served beside the site. */
    private List<Mount> mounts() {
        return List.of();
    }
}
