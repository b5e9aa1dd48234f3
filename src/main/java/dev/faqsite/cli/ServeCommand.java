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
import dev.faqsite.server.KeyCheckService;
import dev.faqsite.server.Mount;
import dev.faqsite.server.RatingsService;
import dev.faqsite.server.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Clock;
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
        Optional<RatingsService> ratings;
        try {
            ratings = ratings(result.config());
        } catch (RatingsSetup.SetupException | VoteStore.StoreException e) {
            System.err.println("faqsite: ratings: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Optional<KeyCheckService> checker = keyCheck(result.config(), limits(ratings));
        try (SiteServer server = SiteServer.start(site.out, host, port, mounts(ratings, checker))) {
            closeAtExit(server, ratings, checker);
            System.out.println("Serving " + server.uri() + " (Ctrl+C to stop)");
            describe(ratings, checker, server.uri());
            server.join();
        } finally {
            ratings.ifPresent(RatingsService::close);
            close(checker);
        }
        return ExitCode.OK;
    }

    private int watch(BuildOptions options) throws Exception {
        // the ratings section is read once, at start; the live site re-reads everything else
        Optional<SiteConfig> config = SiteBuilder.loadConfig(site.source, new Problems());
        Optional<RatingsService> ratings;
        try {
            ratings = ratings(config);
        } catch (RatingsSetup.SetupException | VoteStore.StoreException e) {
            System.err.println("faqsite: ratings: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Optional<KeyCheckService> checker = keyCheck(config, limits(ratings));
        try (WatchServer server = WatchServer.start(options, host, port, mounts(ratings, checker), System.out, System.err)) {
            describe(ratings, checker, server.uri());
            server.join();
        } finally {
            ratings.ifPresent(RatingsService::close);
            close(checker);
        }
        return ExitCode.OK;
    }

    /** The ratings API and dashboard, when the site collects ratings. */
    private Optional<RatingsService> ratings(Optional<SiteConfig> config)
            throws RatingsSetup.SetupException, VoteStore.StoreException {
        Optional<RatingsConfig> ratings = config.map(SiteConfig::ratings).filter(RatingsConfig::enabled);
        return ratings.isEmpty() ? Optional.empty()
                : Optional.of(RatingsService.start(ratings.get(), site.source, site.out, System.getenv()));
    }

    /** The key checker's API (and, in demo mode, its simulated regions), when the site has the checker. */
    private Optional<KeyCheckService> keyCheck(Optional<SiteConfig> config, RateLimits limits) throws Exception {
        Optional<SiteConfig> withChecker = config.filter(c -> c.keyCheck().isPresent());
        return withChecker.isEmpty() ? Optional.empty() : Optional.of(KeyCheckService.start(withChecker.get().keyCheck().get(),
                withChecker.get().supportUrl(), site.out, Clock.systemUTC(), limits));
    }

    /** The ratings' rate limits (shared through PostgreSQL when it has one), or limits in memory. */
    private static RateLimits limits(Optional<RatingsService> ratings) {
        return ratings.map(RatingsService::limits).orElseGet(() -> new LocalRateLimits(Clock.systemUTC()));
    }

    /** The APIs served beside the site. */
    private static List<Mount> mounts(Optional<RatingsService> ratings, Optional<KeyCheckService> checker) {
        List<Mount> mounts = new ArrayList<>(ratings.map(RatingsService::mounts).orElse(List.of()));
        checker.ifPresent(c -> mounts.addAll(c.mounts()));
        return mounts;
    }

    private static void describe(Optional<RatingsService> ratings, Optional<KeyCheckService> checker, URI server) {
        ratings.ifPresent(r -> r.describe(server).forEach(System.out::println));
        checker.ifPresent(c -> c.describe(server).forEach(System.out::println));
        System.out.flush();
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

    /** Ctrl+C: stop taking requests, then commit the votes already taken. */
    private static void closeAtExit(SiteServer server, Optional<RatingsService> ratings, Optional<KeyCheckService> checker) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // stopping anyway
            }
            ratings.ifPresent(RatingsService::close);
            close(checker);
        }, "faqsite-shutdown"));
    }
}
