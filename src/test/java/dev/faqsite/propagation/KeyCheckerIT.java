package dev.faqsite.propagation;

import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.Region;
import dev.faqsite.simulator.DemoKeys;
import dev.faqsite.simulator.Fault;
import dev.faqsite.simulator.RegionSimulator;
import dev.faqsite.testing.KeyChecks;
import dev.faqsite.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker probing simulated regions on loopback, with every fault a region can show. */
class KeyCheckerIT {

    private static final String KEY = "5C0FFEE0-1111-4222-8333-444455556666";

    private RegionSimulator simulator;
    private KeyChecker checker;
    private ApiKey key;

    @BeforeEach
    void start() throws Exception {
        List<DemoRegion> regions = new ArrayList<>(KeyChecks.INSTANT_REGIONS);
        // a fourth site the checker is not configured for: it must never be asked anything
        regions.add(new DemoRegion("canary", "Canary", "", Duration.ZERO, Duration.ZERO));
        simulator = RegionSimulator.start(regions, new DemoKeys(Clock.systemUTC()));
        checker = checker(KeyChecks.config(KeyChecks.INSTANT_REGIONS));
        simulator.keys().issue(KEY);
        key = KeyChecks.key(KEY);
    }

    @AfterEach
    void stop() throws Exception {
        checker.close();
        simulator.close();
    }

    private KeyChecker checker(KeyCheckConfig config) {
        List<Region> probed = simulator.regions().stream().filter(r -> !r.id().equals("canary")).toList();
        return new KeyChecker(probed, config, "https://support.example.test", Clock.systemUTC());
    }

    private CheckReport check(ApiKey apiKey) {
        KeyChecker.Start start = checker.check(apiKey, 1, Optional.empty(), r -> { });
        return assertInstanceOf(KeyChecker.Start.Started.class, start).report().join();
    }

    private static Map<String, Outcome> outcomes(CheckReport report) {
        return report.results().stream().collect(Collectors.toMap(r -> r.region().id(), RegionResult::outcome));
    }

    private static RegionResult result(CheckReport report, String region) {
        return report.results().stream().filter(r -> r.region().id().equals(region)).findFirst().orElseThrow();
    }

    @Test
    void findsAnIssuedKeyAcceptedEverywhere() {
        CheckReport report = check(key);
        assertEquals(Verdict.Kind.PROPAGATED, report.verdict().kind());
        assertEquals(List.of("ncsa", "emea", "apac"), report.results().stream().map(r -> r.region().id()).toList());
        assertEquals(OptionalInt.of(200), result(report, "emea").httpStatus());
        assertEquals("…6666", report.fingerprint());
        assertEquals(0, simulator.region("canary").requests());
    }

    @Test
    void findsAnUnknownKeyNotRecognisedAnywhere() {
        CheckReport report = check(KeyChecks.key("UNKNOWN-KEY-0000"));
        assertEquals(Verdict.Kind.NOT_RECOGNISED, report.verdict().kind());
        assertEquals(Optional.of("Invalid API key"), result(report, "ncsa").upstreamMessage());
    }

    @Test
    void seesADemoKeyReachOneRegionAfterAnother() throws Exception {
        List<DemoRegion> staggered = List.of(
                new DemoRegion("ncsa", "Americas", "", Duration.ofMillis(5), Duration.ZERO),
                new DemoRegion("emea", "Europe", "", Duration.ofMillis(5), Duration.ofMillis(800)));
        try (RegionSimulator sim = RegionSimulator.start(staggered, new DemoKeys(Clock.systemUTC()));
             KeyChecker two = new KeyChecker(sim.regions(), KeyChecks.config(staggered), "", Clock.systemUTC())) {
            ApiKey demo = KeyChecks.key(sim.keys().issue().key());
            CheckReport first = ((KeyChecker.Start.Started) two.check(demo, 1, Optional.empty(), r -> { })).report().join();
            assertEquals(Map.of("ncsa", Outcome.ACCEPTED, "emea", Outcome.NOT_YET), outcomes(first));
            assertEquals("Propagated to 1 of 2 regions", first.verdict().headline());
            Thread.sleep(900);
            CheckReport second = ((KeyChecker.Start.Started) two.check(demo, 2, Optional.of(first.firstCheckAt()), r -> { })).report().join();
            assertEquals(Verdict.Kind.PROPAGATED, second.verdict().kind());
            assertEquals(first.firstCheckAt(), second.firstCheckAt());
            assertEquals(2, second.results().get(0).attempt());
        }
    }

    @Test
    void reportsEachRegionAsSoonAsItCompletesSoASlowRegionDelaysNoOther() throws Exception {
        simulator.region("apac").inject(Fault.timeout());
        long started = System.nanoTime();
        Map<String, Long> arrivedAfterMs = new ConcurrentHashMap<>();
        KeyChecker.Start start = checker.check(key, 1, Optional.empty(),
                r -> arrivedAfterMs.put(r.region().id(), (System.nanoTime() - started) / 1_000_000));
        CheckReport report = ((KeyChecker.Start.Started) start).report().join();
        assertTrue(arrivedAfterMs.get("ncsa") < 700, arrivedAfterMs.toString());
        assertTrue(arrivedAfterMs.get("emea") < 700, arrivedAfterMs.toString());
        assertTrue(arrivedAfterMs.get("apac") >= 1400 && arrivedAfterMs.get("apac") < 3000, arrivedAfterMs.toString());
        assertEquals(Outcome.UNREACHABLE, result(report, "apac").outcome());
        assertEquals("No answer within 1.5 s (timeout).", result(report, "apac").note());
        assertEquals(Verdict.Kind.INCONCLUSIVE, report.verdict().kind());
    }

    @Test
    void callsAServerErrorUnreachableNotUnpropagated() throws Exception {
        simulator.region("emea").inject(Fault.status(503));
        RegionResult emea = result(check(key), "emea");
        assertEquals(Outcome.UNREACHABLE, emea.outcome());
        assertEquals(OptionalInt.of(503), emea.httpStatus());
    }

    @Test
    void callsARefusedConnectionUnreachableAndSeesTheRegionComeBack() throws Exception {
        simulator.region("ncsa").inject(Fault.connectionRefused());
        RegionResult ncsa = result(check(key), "ncsa");
        assertEquals(Outcome.UNREACHABLE, ncsa.outcome());
        assertEquals("The region refused the connection.", ncsa.note());
        assertEquals(OptionalInt.empty(), ncsa.httpStatus());
        simulator.region("ncsa").inject(Fault.none());
        assertEquals(Outcome.ACCEPTED, result(check(key), "ncsa").outcome());
    }

    @Test
    void stopsReadingASlowBodyWhenTheTotalTimeoutIsUp() throws Exception {
        simulator.region("emea").inject(Fault.slowBody());
        long started = System.nanoTime();
        RegionResult emea = result(check(key), "emea");
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Outcome.UNREACHABLE, emea.outcome());
        assertEquals("The answer did not complete within 1.5 s (timeout while reading it).", emea.note());
        assertTrue(tookMs >= 1400 && tookMs < 3000, tookMs + " ms");
    }

    @Test
    void honoursRetryAfterByNotAskingTheRegionAgainUntilItHasPassed() throws Exception {
        simulator.region("apac").inject(Fault.rateLimited(Duration.ofSeconds(30)));
        CheckReport first = check(key);
        RegionResult apac = result(first, "apac");
        assertEquals(Outcome.RATE_LIMITED, apac.outcome());
        assertEquals(Optional.of(Duration.ofSeconds(30)), apac.retryAfter());
        assertEquals(Optional.of(Duration.ofSeconds(30)), first.retryAfter());
        assertEquals(Verdict.Kind.PROPAGATED, first.verdict().kind());
        int asked = simulator.region("apac").requests();

        CheckReport second = check(key);
        RegionResult again = result(second, "apac");
        assertEquals(asked, simulator.region("apac").requests());
        assertFalse(again.probed());
        assertEquals(Outcome.RATE_LIMITED, again.outcome());
        assertTrue(again.note().startsWith("Not asked again yet"), again.note());
        assertTrue(second.retryAfter().orElseThrow().compareTo(Duration.ofSeconds(28)) > 0);
        // another key is not held back by this key's limit
        simulator.keys().issue("OTHER-KEY-1");
        check(KeyChecks.key("OTHER-KEY-1"));
        assertEquals(asked + 1, simulator.region("apac").requests());
    }

    @Test
    void keepsTheStatusDecisiveForAnUnexpectedBodyAndNeverPassesOnTheKeyItEchoes() throws Exception {
        simulator.region("ncsa").inject(Fault.unexpectedBody());
        RegionResult ncsa = result(check(key), "ncsa");
        assertEquals(Outcome.ACCEPTED, ncsa.outcome());
        assertTrue(ncsa.note().contains("not the API's JSON"));
        assertEquals(Optional.empty(), ncsa.upstreamMessage());
        assertFalse(ncsa.toString().contains(KEY));
    }

    @Test
    void neverFollowsARedirect() throws Exception {
        URI canary = simulator.region("canary").region().probeUri();
        simulator.region("emea").inject(Fault.redirect(canary));
        RegionResult emea = result(check(key), "emea");
        assertEquals(Outcome.PROBE_ERROR, emea.outcome());
        assertEquals(OptionalInt.of(302), emea.httpStatus());
        assertEquals(0, simulator.region("canary").requests());
    }

    @Test
    void logsAProbeTheRegionCallsMalformedWithoutTheKey() throws Exception {
        simulator.region("ncsa").inject(Fault.status(400));
        try (LogCapture logs = new LogCapture()) {
            RegionResult ncsa = result(check(key), "ncsa");
            assertEquals(Outcome.PROBE_ERROR, ncsa.outcome());
            List<String> lines = logs.lines();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN") && l.contains("region ncsa answered HTTP 400")
                    && l.contains("…6666")), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains(KEY)), lines.toString());
        }
    }

    @Test
    void callsA403AndA550Accepted() throws Exception {
        simulator.region("ncsa").inject(Fault.status(403));
        simulator.region("emea").inject(Fault.status(550));
        CheckReport report = check(key);
        assertEquals(Verdict.Kind.PROPAGATED, report.verdict().kind());
        assertTrue(report.advice().stream().anyMatch(a -> a.text().contains("HTTP 403")));
    }

    @Test
    void refusesACheckWhileTheProbesInFlightAreAtTheCap() throws Exception {
        checker.close();
        checker = checker(KeyChecks.config(KeyChecks.INSTANT_REGIONS, new KeyCheckConfig.Limits(1000, 1000, 3, 1000)));
        for (String id : List.of("ncsa", "emea", "apac")) {
            simulator.region(id).inject(Fault.timeout());
        }
        KeyChecker.Start first = checker.check(key, 1, Optional.empty(), r -> { });
        assertEquals(3, checker.probesInFlight());
        assertEquals(new KeyChecker.Start.Busy(Duration.ofSeconds(2)), checker.check(key, 1, Optional.empty(), r -> { }));
        ((KeyChecker.Start.Started) first).report().join();
        assertEquals(0, checker.probesInFlight());
        assertInstanceOf(KeyChecker.Start.Started.class, checker.check(key, 1, Optional.empty(), r -> { }));
    }
}
