package dev.faqsite.cli;

import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.Region;
import dev.faqsite.simulator.DemoKeys;
import dev.faqsite.simulator.Fault;
import dev.faqsite.simulator.RegionSimulator;
import dev.faqsite.testing.CheckerServer;
import dev.faqsite.testing.KeyChecks;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code faqsite keycheck} against simulated regions listed in a site's config, and through a running server. */
class KeyCheckCommandIT {

    private static final String KEY = "ABCDEF01-2345-4678-9ABC-DEF012345678";

    @TempDir
    Path tmp;
    RegionSimulator simulator;
    Path site;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        simulator = RegionSimulator.start(List.of(
                new DemoRegion("ncsa", "Americas", "North, Central and South America", Duration.ofMillis(5), Duration.ZERO),
                new DemoRegion("emea", "Europe", "Europe, Middle East and Africa", Duration.ofMillis(5), Duration.ofSeconds(2))),
                new DemoKeys(Clock.systemUTC()));
        StringBuilder regions = new StringBuilder();
        for (Region r : simulator.regions()) {
            regions.append("    - { id: ").append(r.id()).append(", label: ").append(r.label()).append(", location: '").append(r.location())
                    .append("', base_url: '").append(r.baseUrl()).append("' }\n");
        }
        site = tmp.resolve("site");
        Sites.write(site.resolve("site.yml"), "name: Docs\nbase_url: https://docs.example.test\nkey_check:\n  regions:\n" + regions
                + "  timeout_ms: 1500\n  connect_timeout_ms: 500\n  retry: { first_seconds: 1, max_seconds: 1, stop_after_minutes: 1 }\n"
                + "  answers: { not_recognised: /faq/x/y/ }\n");
    }

    @AfterEach
    void stop() throws Exception {
        simulator.close();
    }

    private int run(Map<String, String> env, String stdin, String... args) {
        KeyCheckCommand command = new KeyCheckCommand(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Optional.empty());
        return Main.commandLine(command).execute(args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsARowPerRegionAndTheVerdictAndExitsOneWhileTheKeyIsNotEverywhere() {
        simulator.keys().issue(KEY);
        assertEquals(1, run(Map.of("FAQSITE_API_KEY", KEY), "", "--source", site.toString()), printed());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Region  Location"), text);
        assertTrue(text.contains("ncsa    North, Central and South America  ✓ accepted"), text);
        assertTrue(text.contains("emea    Europe, Middle East and Africa    ◷ not yet recognised  401"), text);
        assertTrue(text.contains("Verdict: Propagated to 1 of 2 regions (key …5678, check 1"), text);
        assertTrue(text.contains("Why a new key is briefly rejected: https://docs.example.test/faq/x/y/"), text);
        assertFalse(printed().contains(KEY));
    }

    @Test
    void waitsWithBackoffUntilEveryRegionAcceptsTheKeyThenExitsZero() {
        simulator.keys().issue(KEY);
        assertEquals(0, run(Map.of("FAQSITE_API_KEY", KEY), "", "--source", site.toString(), "--wait"), printed());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Next check in 1 s (Ctrl+C to stop)."), text);
        assertTrue(text.contains("Verdict: Propagated everywhere: all 2 regions accept the key"), text);
        assertFalse(printed().contains(KEY));
    }

    @Test
    void givesUpAfterTheTimeoutAndExitsOne() {
        assertEquals(1, run(Map.of("FAQSITE_API_KEY", "NEVER-ISSUED-0001"), "", "--source", site.toString(), "--wait", "--timeout", "2s"), printed());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Gave up waiting after"), printed());
    }

    @Test
    void readsTheKeyFromStandardInputAndTrimsIt() {
        simulator.keys().issue(KEY);
        assertEquals(1, run(Map.of(), "  " + KEY + "\n", "--source", site.toString()), printed());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("removed spaces or line breaks around the key from standard input"));
        assertEquals(1, run(Map.of(), KEY + "\n", "--source", site.toString()), printed());
    }

    @Test
    void refusesTheKeyAsAnArgument() {
        assertEquals(2, run(Map.of(), "", "--source", site.toString(), KEY));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("never the key: shells keep arguments in their history"), printed());
        assertFalse(printed().contains(KEY));
        assertEquals(0, simulator.all().stream().mapToInt(r -> r.requests()).sum());
    }

    @Test
    void exitsTwoForAMalformedOrMissingKeyWithoutProbing() {
        assertEquals(2, run(Map.of("FAQSITE_API_KEY", KEY + "!"), "", "--source", site.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'key' may contain only letters A-Z, digits and '-' (read from FAQSITE_API_KEY)"),
                printed());
        assertEquals(2, run(Map.of(), "", "--source", site.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no key. Set FAQSITE_API_KEY"), printed());
        assertEquals(0, simulator.all().stream().mapToInt(r -> r.requests()).sum());
    }

    @Test
    void exitsTwoWhenARegionCannotBeChecked() throws Exception {
        simulator.keys().issue(KEY);
        simulator.region("emea").inject(Fault.status(503));
        assertEquals(2, run(Map.of("FAQSITE_API_KEY", KEY), "", "--source", site.toString()), printed());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("? unreachable"), printed());
    }

    @Test
    void explainsThatDemoModeNeedsTheServer() {
        assertEquals(2, run(Map.of("FAQSITE_API_KEY", KEY), "", "--source", Sites.fixture("checker").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Check through it with --server http://127.0.0.1:8080"), printed());
    }

    @Test
    void checksThroughARunningServer() throws Exception {
        try (CheckerServer server = CheckerServer.start(KeyChecks.config(KeyChecks.INSTANT_REGIONS), tmp.resolve("served"))) {
            server.simulator().keys().issue(KEY);
            assertEquals(0, run(Map.of("FAQSITE_API_KEY", KEY), "", "--server", server.uri().toString()), printed());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Verdict: Propagated everywhere: all 3 regions accept the key"), printed());
            assertEquals(1, run(Map.of("FAQSITE_API_KEY", "NEVER-ISSUED-0002"), "", "--server", server.uri().toString()), printed());
            assertFalse(printed().contains(KEY));
        }
    }
}
