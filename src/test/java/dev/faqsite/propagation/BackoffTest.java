package dev.faqsite.propagation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(10));

    private Duration wait(int checksDone, double random) {
        return backoff.next(checksDone, Duration.ZERO, Optional.empty(), random).orElseThrow();
    }

    @Test
    void waitsAboutTenSecondsFirstThenTwiceAsLongEachTime() {
        assertEquals(Duration.ofSeconds(10), wait(1, 0.5));
        assertEquals(Duration.ofSeconds(20), wait(2, 0.5));
        assertEquals(Duration.ofSeconds(40), wait(3, 0.5));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertEquals(Duration.ofSeconds(60), wait(4, 0.5));
        assertEquals(Duration.ofSeconds(60), wait(40, 0.99));
        assertEquals(Duration.ofSeconds(48), wait(40, 0.0));
    }

    @Test
    void jittersEachWaitByAFifthEitherWay() {
        assertEquals(Duration.ofSeconds(8), wait(1, 0.0));
        assertTrue(wait(1, 0.999).compareTo(Duration.ofSeconds(12)) <= 0);
        assertTrue(wait(1, 0.999).compareTo(Duration.ofMillis(11_900)) > 0);
    }

    @Test
    void waitsAtLeastAsLongAsARegionAsked() {
        assertEquals(Duration.ofSeconds(45), backoff.next(1, Duration.ZERO, Optional.of(Duration.ofSeconds(45)), 0.5).orElseThrow());
        assertEquals(Duration.ofSeconds(10), backoff.next(1, Duration.ZERO, Optional.of(Duration.ofSeconds(3)), 0.5).orElseThrow());
    }

    @Test
    void stopsOnceTheNextCheckWouldComeAfterTenMinutes() {
        assertEquals(Optional.of(Duration.ofSeconds(60)), backoff.next(9, Duration.ofMinutes(9), Optional.empty(), 0.5));
        assertEquals(Optional.empty(), backoff.next(10, Duration.ofSeconds(541), Optional.empty(), 0.5));
    }
}
