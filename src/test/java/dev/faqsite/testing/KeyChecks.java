package dev.faqsite.testing;

import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.propagation.ApiKey;
import dev.faqsite.propagation.KeyInput;

import java.time.Duration;
import java.util.List;

/** Key-check settings and keys for tests: short timeouts, fast simulated regions. */
public final class KeyChecks {

    /** Three simulated regions that answer in a few milliseconds and accept a new key at once. */
    public static final List<DemoRegion> INSTANT_REGIONS = List.of(
            new DemoRegion("ncsa", "Americas", "North, Central and South America", Duration.ofMillis(5), Duration.ZERO),
            new DemoRegion("emea", "Europe", "Europe, Middle East and Africa", Duration.ofMillis(10), Duration.ZERO),
            new DemoRegion("apac", "Asia Pacific", "Asia Pacific", Duration.ofMillis(15), Duration.ZERO));

    private KeyChecks() {
    }

    /** Demo mode over {@code regions}, with a 0.5 s connect and 1.5 s total timeout and roomy limits. */
    public static KeyCheckConfig config(List<DemoRegion> regions) {
        return config(regions, new KeyCheckConfig.Limits(1000, 1000, 1000, 1000));
    }

    public static KeyCheckConfig config(List<DemoRegion> regions, KeyCheckConfig.Limits limits) {
        return new KeyCheckConfig(List.of(), regions, new KeyCheckConfig.Timeouts(Duration.ofMillis(500), Duration.ofMillis(1500)),
                limits, new KeyCheckConfig.Retry(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(1)),
                KeyCheckConfig.Answers.none(), false);
    }

    public static ApiKey key(String text) {
        return ((KeyInput.Valid) ApiKey.parse(text)).key();
    }
}
