package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.Region;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.server.KeyCheckService;
import dev.faqsite.server.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code faqsite serve}: build, then serve the site and its APIs until stopped. */
@Command(name = "serve", description = "Build the site, then serve it at http://localhost:8080/.", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", description = "Port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws Exception {
        BuildResult result = SiteBuilder.build(new BuildOptions(site.source, site.out, site.drafts));
        int code = Report.print(result, site.out, System.out, System.err);
        if (code != ExitCode.OK) {
            return code;
        }
        SiteConfig config = result.config().orElseThrow();
        Optional<KeyCheckConfig> keyCheck = config.keyCheck();
        try (KeyCheckService checker = keyCheck.isPresent()
                ? KeyCheckService.start(keyCheck.get(), config.supportUrl(), site.out, Clock.systemUTC()) : null;
             SiteServer server = SiteServer.start(site.out, host, port, checker == null ? List.of() : checker.mounts())) {
            System.out.println("Serving " + server.uri() + " (Ctrl+C to stop)");
            if (checker != null) {
                System.out.println(describe(checker, server));
            }
            server.join();
        }
        return ExitCode.OK;
    }

    private static String describe(KeyCheckService checker, SiteServer server) {
        String regions = checker.checker().regions().stream().map(r -> r.id() + " " + r.baseUrl())
                .collect(Collectors.joining(", "));
        String page = server.uri().resolve("/tools/key-check/").toString();
        return checker.simulator().isPresent()
                ? "Key checker at " + page + " in demo mode: simulated regions " + regions
                : "Key checker at " + page + ", probing " + checker.checker().regions().stream().map(Region::id).collect(Collectors.joining(", "));
    }
}
