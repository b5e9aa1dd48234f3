package dev.faqsite.limits;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Buckets every instance shares, in PostgreSQL (Bucket4j's PostgreSQL backend, {@code SELECT … FOR UPDATE} on one row
 * per bucket): with several servers behind a proxy, a client gets one limit, not one per server. A subject is stored
 * only as a keyed hash (HMAC-SHA-256 with a random salt kept in the same database, so that every instance computes the
 * same row), never as an address; a row expires once its bucket would be full again and is deleted by a sweep.
 * <p>
 * If PostgreSQL does not answer, each instance falls back to its own buckets in memory, asking the database again
 * every few seconds: the limits keep protecting the regions and the readers' credits, per instance, rather than letting
 * everything through or refusing everything, and a request waits for the database at most once per retry.
 */
public final class SharedRateLimits implements RateLimits {

    static final String TABLE = "faqsite_rate_limits";
    static final String SALT_TABLE = "faqsite_rate_limit_salt";
    private static final Logger LOG = LoggerFactory.getLogger(SharedRateLimits.class);

    private final HikariDataSource pool;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final byte[] salt;
    private final String describe;
    private final LocalRateLimits fallback;
    private final Map<Limit, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private final AtomicBoolean degraded = new AtomicBoolean();
    /** While degraded, when to ask the database again. */
    private volatile long retryAt;
    static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "faqsite-limits-sweep");
        thread.setDaemon(true);
        return thread;
    });

    private SharedRateLimits(HikariDataSource pool, byte[] salt, String describe, Clock clock) {
        this.pool = pool;
        this.salt = salt;
        this.describe = describe;
        this.fallback = new LocalRateLimits(clock);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool).primaryKeyMapper(PrimaryKeyMapper.STRING).table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        sweeper.scheduleWithFixedDelay(this::sweep, 30, 30, TimeUnit.SECONDS);
    }

    /**
     * Connects (a small pool), creates the tables if missing and reads the shared salt.
     *
     * @param url     a {@code jdbc:postgresql://} URL, as the ratings use
     * @param timeout the longest a statement may take, and about how long a connection may take to be had: a slow
     *                database costs a request this much at most before the limit is decided in memory
     */
    public static SharedRateLimits open(String url, Optional<String> user, Optional<String> password, Duration timeout, Clock clock)
            throws Unavailable {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        config.setPoolName("faqsite-limits");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        // a limit is decided on a request's thread: wait little for a connection, and decide in memory if none comes
        long connect = Math.max(250, Math.min(2000, timeout.toMillis()));
        config.setConnectionTimeout(connect);
        config.setValidationTimeout(Math.max(250, connect / 2));
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, connect / 1000)));
        config.addDataSourceProperty("ApplicationName", "faqsite-limits");
        config.addDataSourceProperty("socketTimeout", Long.toString(timeout.toSeconds() + 5));
        config.addDataSourceProperty("options", "-c statement_timeout=" + timeout.toMillis());
        config.addDataSourceProperty("logServerErrorDetail", "false");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            byte[] salt = prepare(pool);
            int query = url.indexOf('?');
            return new SharedRateLimits(pool, salt, "shared by every instance in PostgreSQL " + (query < 0 ? url : url.substring(0, query)),
                    clock);
        } catch (SQLException e) {
            pool.close();
            throw new Unavailable(e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The database could not be prepared for shared limits; callers need not know it speaks JDBC. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The tables, created by whichever instance comes first (one at a time), and the salt they share. */
    private static byte[] prepare(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(4242015)");
                statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id VARCHAR(128) PRIMARY KEY, state BYTEA, expires_at BIGINT)");
                statement.execute("CREATE TABLE IF NOT EXISTS " + SALT_TABLE + " (id INT PRIMARY KEY, salt BYTEA NOT NULL)");
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + SALT_TABLE + " (id, salt) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setBytes(1, fresh);
                insert.executeUpdate();
            }
            byte[] salt;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT salt FROM " + SALT_TABLE + " WHERE id = 1")) {
                row.next();
                salt = row.getBytes(1);
            }
            connection.commit();
            return salt;
        }
    }

    @Override
    public Admission take(Limit limit, String subject) {
        if (degraded.get() && System.nanoTime() - retryAt < 0) {
            // the database did not answer a moment ago: do not make every request wait for it again
            return fallback.take(limit, subject);
        }
        try {
            ConsumptionProbe probe = buckets.builder().build(key(limit, subject), configurations.computeIfAbsent(limit, SharedRateLimits::configuration))
                    .tryConsumeAndReturnRemaining(1);
            if (degraded.compareAndSet(true, false)) {
                LOG.info("rate limits are shared again through PostgreSQL");
            }
            return probe.isConsumed() ? Admission.ALLOWED : Admission.refused(probe.getNanosToWaitForRefill());
        } catch (RuntimeException e) {
            retryAt = System.nanoTime() + RETRY_NANOS;
            // the pool's connections died with the database (or will time out): open fresh ones when it is back,
            // rather than have the first requests after it wait for each dead one to fail its validation
            pool.getHikariPoolMXBean().softEvictConnections();
            if (degraded.compareAndSet(false, true)) {
                LOG.warn("rate limits cannot reach PostgreSQL, counting in this instance's memory until it answers: {}", e.toString());
            }
            return fallback.take(limit, subject);
        }
    }

    /** The bucket's row: the limit's name and a keyed hash of the subject, never the subject itself. */
    String key(Limit limit, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return limit.name() + ":" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static BucketConfiguration configuration(Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(b -> b.capacity(limit.perMinute()).refillGreedy(limit.perMinute(), Duration.ofMinutes(1))).build();
    }

    private void sweep() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.debug("rate limit sweep failed: {}", e.toString());
        }
    }

    @Override
    public String describe() {
        return describe;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        pool.close();
        fallback.close();
    }
}
