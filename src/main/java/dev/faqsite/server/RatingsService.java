package dev.faqsite.server;

import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.limits.RateLimits;
import dev.faqsite.limits.SharedRateLimits;
import dev.faqsite.model.RatingsConfig;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.RatingsSetup;
import dev.faqsite.ratings.VoteRateLimiter;
import dev.faqsite.ratings.VoteStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ratings as {@code faqsite serve} runs them: the store opened (and migrated), the API and the dashboard mounted.
 * Closing it commits the votes already taken and releases the database.
 */
public final class RatingsService implements AutoCloseable {

    private final VoteStore store;
    private final RatingsSetup setup;
    private final RateLimits limits;
    private final boolean trustProxy;
    private final ServerMetrics metrics;
    private final List<Mount> mounts;

    private RatingsService(VoteStore store, RatingsSetup setup, RateLimits limits, boolean trustProxy, ServerMetrics metrics,
                           List<Mount> mounts) {
        this.metrics = metrics;
        this.store = store;
        this.setup = setup;
        this.limits = limits;
        this.trustProxy = trustProxy;
        this.mounts = mounts;
    }

    public static RatingsService start(RatingsConfig config, Path siteRoot, Path siteOut, Map<String, String> env)
            throws RatingsSetup.SetupException, VoteStore.StoreException {
        return start(config, siteRoot, siteOut, env, new Operations());
    }

    /**
     * @param siteRoot   the site's source folder (a relative data folder is under it)
     * @param siteOut    the built site, with its page manifest
     * @param operations where votes, refusals and database errors are counted
     */
    public static RatingsService start(RatingsConfig config, Path siteRoot, Path siteOut, Map<String, String> env,
                                       Operations operations) throws RatingsSetup.SetupException, VoteStore.StoreException {
        RatingsSetup setup = RatingsSetup.resolve(config, siteRoot, env);
        // with serve --watch the first build may still fail: votes are refused until a build writes the manifest
        ManifestFile manifest = ManifestFile.expected(siteOut);
        VoteStore store = JdbcVoteStore.open(setup.database());
        RateLimits limits;
        try {
            limits = operations.counted(limits(setup.database()));
        } catch (SharedRateLimits.Unavailable e) {
            store.close();
            throw new VoteStore.StoreException("cannot prepare the shared rate limits in " + setup.database().describe() + ": "
                    + e.getMessage(), e);
        }
        RatingsApi api = new RatingsApi(store, manifest, new VoteRateLimiter(limits, config.votesPerMinute()), config.trustProxy(),
                Clock.systemUTC(), operations);
        RatingsDashboard dashboard = new RatingsDashboard(store, manifest, setup.adminToken(), limits, config.trustProxy(), operations);
        return new RatingsService(store, setup, limits, config.trustProxy(), operations.metrics(),
                List.of(RatingsApi.mount(api), RatingsDashboard.mount(dashboard)));
    }

    /**
     * With PostgreSQL, several instances may serve one site: their limits are shared through it, so that a client
     * has one limit whichever instance it reaches. With SQLite there is one instance: in memory.
     */
    private static RateLimits limits(Database database) throws SharedRateLimits.Unavailable {
        if (database instanceof Database.Postgres postgres) {
            return SharedRateLimits.open(postgres.url(), postgres.user(), postgres.password(), postgres.timeout(), Clock.systemUTC());
        }
        return new LocalRateLimits(Clock.systemUTC());
    }

    /** The rate limits of this server: shared through the ratings' PostgreSQL when it has one, else in memory. */
    public RateLimits limits() {
        return limits;
    }

    /** The dashboard's token, which also guards the metrics on the site's port. */
    public Optional<String> adminToken() {
        return setup.adminToken();
    }

    public boolean trustProxy() {
        return trustProxy;
    }

    /** The database, for {@code /readyz}. */
    public Health.Dependency database() {
        return new Health.Dependency() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public void check() throws VoteStore.StoreException {
                try {
                    store.ping();
                } catch (VoteStore.StoreException e) {
                    metrics.databaseError("readiness");
                    throw e;
                }
            }
        };
    }

    public List<Mount> mounts() {
        return mounts;
    }

    /** Lines for the server's start-up output: where votes go, and whether the dashboard is on. */
    public List<String> describe(java.net.URI server) {
        return List.of("Ratings: votes are kept in " + store.describe() + "; rate limits " + limits.describe(),
                setup.adminToken().isPresent()
                        ? "Ratings dashboard: " + server.resolve(RatingsDashboard.PATH + "/") + " (admin token required)"
                        : "Ratings dashboard: off; set " + RatingsSetup.ADMIN_TOKEN_ENV + " to turn it on");
    }

    @Override
    public void close() {
        store.close();
        limits.close();
    }
}
