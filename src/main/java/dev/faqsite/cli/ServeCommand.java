package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import dev.faqsite.diag.Problems;
import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.limits.RateLimits;
import dev.faqsite.model.RatingsConfig;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.ratings.RatingsSetup;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.server.Health;
import dev.faqsite.server.KeyCheckService;
import dev.faqsite.server.MetricsEndpoint;
import dev.faqsite.server.MetricsServer;
import dev.faqsite.server.Mount;
import dev.faqsite.server.Operations;
import dev.faqsite.server.RatingsService;
import dev.faqsite.server.ServerOptions;
import dev.faqsite.server.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Option(names = "--metrics-port", paramLabel = "PORT", description = "Serve the Prometheus metrics at /metrics on this port, without a token "
            + "(else they are at /admin/metrics behind the admin token).")
    Integer metricsPort;

    @Option(names = "--metrics-host", description = "Address of the metrics port (default: ${DEFAULT-VALUE}).")
    String metricsHost = "127.0.0.1";

    @Option(names = "--access-log", paramLabel = "FILE", description = "Write a JSON access log (method, path, status, duration, "
            + "client address; no query string on API paths) to FILE, or to standard output with '-'.")
    String accessLog;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", description = "On SIGTERM or Ctrl+C, how long running checks and "
            + "votes may take to finish (default: ${DEFAULT-VALUE}).")
    int shutdownGrace = 10;

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
        try (Operations operations = new Operations()) {
            Optional<RatingsService> ratings;
            try {
                ratings = ratings(result.config(), operations);
            } catch (RatingsSetup.SetupException | VoteStore.StoreException e) {
                System.err.println("faqsite: ratings: " + e.getMessage());
                return ExitCode.USAGE;
            }
            Optional<KeyCheckService> checker = Optional.empty();
            try {
                RateLimits limits = limits(ratings, operations);
                checker = keyCheck(result.config(), limits, operations);
                ServerOptions serverOptions = ServerOptions.of(host, port).withAccessLog(Optional.ofNullable(accessLog),
                        ratings.map(RatingsService::trustProxy).orElse(false));
                try (SiteServer server = SiteServer.start(site.out, serverOptions,
                        mounts(ratings, checker, limits, operations), null, operations);
                     MetricsServer metrics = metricsPort == null ? null : MetricsServer.start(metricsHost, metricsPort, operations)) {
                    Signals.onStop(() -> server.shutdown(Duration.ofSeconds(shutdownGrace)));
                    System.out.println("Serving " + server.uri() + " (Ctrl+C to stop)");
                    describe(ratings, checker, server.uri());
                    System.out.println(metrics == null ? "Metrics: " + server.uri().resolve(MetricsEndpoint.ADMIN_PATH) + " (admin token required)"
                            : "Metrics: " + metrics.uri());
                    System.out.flush();
                    server.join();
                }
            } finally {
                // after the server stopped: the vote writer commits what it took, then the checker's regions stop
                ratings.ifPresent(RatingsService::close);
                close(checker);
            }
        }
        System.out.println("Stopped.");
        return ExitCode.OK;
    }

    private int watch(BuildOptions options) throws Exception {
        // the ratings section is read once, at start; the live site re-reads everything else
        Optional<SiteConfig> config = SiteBuilder.loadConfig(site.source, new Problems());
        try (Operations operations = new Operations()) {
            Optional<RatingsService> ratings;
            try {
                ratings = ratings(config, operations);
            } catch (RatingsSetup.SetupException | VoteStore.StoreException e) {
                System.err.println("faqsite: ratings: " + e.getMessage());
                return ExitCode.USAGE;
            }
            RateLimits limits = limits(ratings, operations);
            Optional<KeyCheckService> checker = keyCheck(config, limits, operations);
            try (WatchServer server = WatchServer.start(options, host, port, mounts(ratings, checker, limits, operations),
                    System.out, System.err)) {
                describe(ratings, checker, server.uri());
                System.out.flush();
                server.join();
            } finally {
                ratings.ifPresent(RatingsService::close);
                close(checker);
            }
        }
        return ExitCode.OK;
    }

    /** The ratings API and dashboard, when the site collects ratings. */
    private Optional<RatingsService> ratings(Optional<SiteConfig> config, Operations operations)
            throws RatingsSetup.SetupException, VoteStore.StoreException {
        Optional<RatingsConfig> ratings = config.map(SiteConfig::ratings).filter(RatingsConfig::enabled);
        return ratings.isEmpty() ? Optional.empty()
                : Optional.of(RatingsService.start(ratings.get(), site.source, site.out, System.getenv(), operations));
    }

    /** The key checker's API (and, in demo mode, its simulated regions), when the site has the checker. */
    private Optional<KeyCheckService> keyCheck(Optional<SiteConfig> config, RateLimits limits, Operations operations) throws Exception {
        Optional<SiteConfig> withChecker = config.filter(c -> c.keyCheck().isPresent());
        return withChecker.isEmpty() ? Optional.empty() : Optional.of(KeyCheckService.start(withChecker.get().keyCheck().get(),
                withChecker.get().supportUrl(), site.out, Clock.systemUTC(), limits, operations));
    }

    /** The ratings' rate limits (shared through PostgreSQL when it has one), or limits in memory. */
    private static RateLimits limits(Optional<RatingsService> ratings, Operations operations) {
        return ratings.map(RatingsService::limits).orElseGet(() -> operations.counted(new LocalRateLimits(Clock.systemUTC())));
    }

    /** Health first (never limited), then the APIs, then the metrics behind the admin token. */
    private List<Mount> mounts(Optional<RatingsService> ratings, Optional<KeyCheckService> checker, RateLimits limits,
                               Operations operations) {
        List<Mount> mounts = new ArrayList<>(Health.mounts(site.out,
                ratings.map(r -> List.of(r.database())).orElse(List.of()), operations));
        ratings.ifPresent(r -> mounts.addAll(r.mounts()));
        checker.ifPresent(c -> mounts.addAll(c.mounts()));
        mounts.add(MetricsEndpoint.guarded(operations, ratings.flatMap(RatingsService::adminToken), limits,
                ratings.map(RatingsService::trustProxy).orElse(false)));
        return mounts;
    }

    private static void describe(Optional<RatingsService> ratings, Optional<KeyCheckService> checker, URI server) {
        ratings.ifPresent(r -> r.describe(server).forEach(System.out::println));
        checker.ifPresent(c -> c.describe(server).forEach(System.out::println));
    }

    private static void close(Optional<KeyCheckService> checker) {
        try {
            if (checker.isPresent()) {
                checker.get().close();
            }
        } catch (Exception e) {
            // stopping anyway: the simulated regions are daemon threads of this process
        }
    }
}
