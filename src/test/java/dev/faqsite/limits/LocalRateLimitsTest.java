package dev.faqsite.limits;

import dev.faqsite.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalRateLimitsTest {

    private static final Limit VOTES = new Limit("votes", 6);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final LocalRateLimits limits = new LocalRateLimits(clock);

    @Test
    void allowsAMinutesRequestsAtOnceThenTellsHowLongToWait() {
        for (int i = 0; i < 6; i++) {
            assertTrue(limits.take(VOTES, "10.0.0.1").allowed());
        }
        Admission refused = limits.take(VOTES, "10.0.0.1");
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds()); // 6 a minute: one every 10 s
    }

    @Test
    void refillsEvenlyOverTheMinute() {
        for (int i = 0; i < 6; i++) {
            limits.take(VOTES, "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(9));
        assertEquals(1, limits.take(VOTES, "10.0.0.1").retryAfterSeconds());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limits.take(VOTES, "10.0.0.1").allowed());
        assertFalse(limits.take(VOTES, "10.0.0.1").allowed());
    }

    @Test
    void countsEachClientAndEachLimitApart() {
        for (int i = 0; i < 6; i++) {
            limits.take(VOTES, "10.0.0.1");
        }
        assertFalse(limits.take(VOTES, "10.0.0.1").allowed());
        assertTrue(limits.take(VOTES, "10.0.0.2").allowed());
        assertTrue(limits.take(new Limit("admin-attempts", 1), "10.0.0.1").allowed());
    }

    @Test
    void forgetsClientsWhoseAllowanceIsFullAgain() {
        for (int i = 0; i <= LocalRateLimits.PRUNE_ABOVE; i++) {
            limits.take(VOTES, "client-" + i);
        }
        clock.advance(Duration.ofMinutes(1));
        limits.take(VOTES, "late");
        assertEquals(1, limits.tracked());
    }

    @Test
    void roundsRetryAfterUpToWholeSeconds() {
        assertEquals(1, new Admission(false, Duration.ofMillis(1)).retryAfterSeconds());
        assertEquals(2, new Admission(false, Duration.ofMillis(1001)).retryAfterSeconds());
    }
}
