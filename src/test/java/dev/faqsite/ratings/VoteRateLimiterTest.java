package dev.faqsite.ratings;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoteRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final VoteRateLimiter limiter = new VoteRateLimiter(6, now::get);

    @Test
    void allowsAMinutesVotesAtOnceThenTellsHowLongToWait() {
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.admit("10.0.0.1").allowed());
        }
        VoteRateLimiter.Admission refused = limiter.admit("10.0.0.1");
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds()); // 6 a minute: one every 10 s
    }

    @Test
    void refillsEvenlyOverTheMinute() {
        for (int i = 0; i < 6; i++) {
            limiter.admit("10.0.0.1");
        }
        now.addAndGet(9_000_000_000L);
        assertEquals(1, limiter.admit("10.0.0.1").retryAfterSeconds());
        now.addAndGet(1_000_000_000L);
        assertTrue(limiter.admit("10.0.0.1").allowed());
        assertFalse(limiter.admit("10.0.0.1").allowed());
    }

    @Test
    void countsEachClientApart() {
        for (int i = 0; i < 6; i++) {
            limiter.admit("10.0.0.1");
        }
        assertFalse(limiter.admit("10.0.0.1").allowed());
        assertTrue(limiter.admit("10.0.0.2").allowed());
    }

    @Test
    void forgetsClientsWhoseAllowanceIsFullAgain() {
        for (int i = 0; i <= VoteRateLimiter.SWEEP_ABOVE; i++) {
            limiter.admit("client-" + i);
        }
        now.addAndGet(60_000_000_000L);
        limiter.admit("late");
        assertEquals(1, limiter.tracked());
    }
}
