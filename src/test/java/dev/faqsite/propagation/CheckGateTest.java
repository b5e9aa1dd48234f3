package dev.faqsite.propagation;

import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckGateTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final CheckGate gate = new CheckGate(new KeyCheckConfig.Limits(4, 2, 60, 1), new LocalRateLimits(clock));

    private static ApiKey key(String text) {
        return ((KeyInput.Valid) ApiKey.parse(text)).key();
    }

    @Test
    void letsAKeyBeCheckedAsOftenAsItsLimitThenSaysWhenToComeBack() {
        ApiKey key = key("aaaa-1111");
        assertEquals(Optional.empty(), gate.admitCheck("10.0.0.1", key));
        assertEquals(Optional.empty(), gate.admitCheck("10.0.0.2", key));
        CheckGate.Refusal refusal = gate.admitCheck("10.0.0.3", key).orElseThrow();
        assertTrue(refusal.message().startsWith("This key was checked many times"));
        assertEquals(Duration.ofSeconds(30), refusal.retryAfter());
        assertEquals(30, refusal.retryAfterSeconds());
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), gate.admitCheck("10.0.0.3", key));
    }

    @Test
    void limitsOneClientAddressWhateverKeysItSends() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), gate.admitCheck("10.0.0.9", key("key-" + i)));
        }
        CheckGate.Refusal refusal = gate.admitCheck("10.0.0.9", key("key-5")).orElseThrow();
        assertTrue(refusal.message().startsWith("Too many checks from your address"));
        assertEquals(15, refusal.retryAfterSeconds());
        assertEquals(Optional.empty(), gate.admitCheck("10.0.0.10", key("key-5")));
    }

    @Test
    void limitsDemoKeysPerClientAddress() {
        assertEquals(Optional.empty(), gate.admitDemoKey("10.0.0.1"));
        assertEquals(60, gate.admitDemoKey("10.0.0.1").orElseThrow().retryAfterSeconds());
    }

    @Test
    void roundsRetryAfterUpToWholeSeconds() {
        assertEquals(1, new CheckGate.Refusal("x", Duration.ofMillis(1)).retryAfterSeconds());
        assertEquals(2, new CheckGate.Refusal("x", Duration.ofMillis(1001)).retryAfterSeconds());
    }
}
