package dev.faqsite.limits;

import dev.faqsite.testing.TcpProxy;
import dev.faqsite.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared buckets on a real PostgreSQL, reached through a connection the test can cut. */
class SharedRateLimitsIT {

    @Test
    void twoInstancesShareABucketAndEachFallsBackToMemoryWhileTheDatabaseIsGone() throws Exception {
        String url = TestPostgres.freshSchema("faqsite_limits_fallback");
        URI target = URI.create(url.substring("jdbc:".length()));
        Limit limit = new Limit("checks-per-key", 3);
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort())) {
            String proxied = url.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
            try (SharedRateLimits a = SharedRateLimits.open(proxied, Optional.empty(), Optional.empty(), Duration.ofSeconds(1), Clock.systemUTC());
                 SharedRateLimits b = SharedRateLimits.open(proxied, Optional.empty(), Optional.empty(), Duration.ofSeconds(1), Clock.systemUTC())) {
                assertEquals(a.key(limit, "key-digest"), b.key(limit, "key-digest"), "every instance names a bucket alike");
                assertTrue(a.take(limit, "key-digest").allowed());
                assertTrue(b.take(limit, "key-digest").allowed());
                assertTrue(a.take(limit, "key-digest").allowed());
                assertFalse(b.take(limit, "key-digest").allowed(), "the fourth, on the other instance");

                proxy.cut();
                // in memory now: this instance's own bucket, still a limit
                for (int i = 0; i < 3; i++) {
                    assertTrue(a.take(limit, "other-digest").allowed());
                }
                Admission refused = a.take(limit, "other-digest");
                assertFalse(refused.allowed());
                assertTrue(refused.retryAfterSeconds() > 10 && refused.retryAfterSeconds() <= 20, refused.toString());

                proxy.restore();
                // shared again: the bucket in the database still remembers the three checks before the cut
                boolean shared = false;
                for (int i = 0; i < 40 && !shared; i++) {
                    shared = !b.take(limit, "key-digest").allowed() && !a.take(limit, "key-digest").allowed();
                    Thread.sleep(250);
                }
                assertTrue(shared);
            }
        }
    }
}
