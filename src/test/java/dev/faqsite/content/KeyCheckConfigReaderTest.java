package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.Region;
import dev.faqsite.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyCheckConfigReaderTest {

    private static final String HEAD = "name: Docs\nbase_url: https://docs.example.test\n";

    private static Parsed<SiteConfig> read(String keyCheck) {
        return SiteConfigReader.read("site.yml", HEAD + keyCheck);
    }

    private static KeyCheckConfig config(String keyCheck) {
        Parsed<SiteConfig> parsed = read(keyCheck);
        assertEquals(List.of(), parsed.problems().stream().map(Problem::format).toList());
        return parsed.value().orElseThrow().keyCheck().orElseThrow();
    }

    private static List<String> problems(String keyCheck) {
        return read(keyCheck).problems().stream().map(Problem::format).toList();
    }

    @Test
    void hasNoCheckerWithoutAKeyCheckSection() {
        assertEquals(Optional.empty(), read("").value().orElseThrow().keyCheck());
    }

    @Test
    void runsInDemoModeWithThreeSimulatedRegionsWhenNoRegionIsConfigured() {
        KeyCheckConfig config = config("key_check: {}\n");
        assertTrue(config.demo());
        assertEquals(List.of("ncsa", "emea", "apac"), config.demoRegions().stream().map(DemoRegion::id).toList());
        assertEquals(3, config.regionCount());
        assertEquals(Duration.ofSeconds(3), config.timeouts().connect());
        assertEquals(Duration.ofSeconds(8), config.timeouts().total());
        assertEquals(new KeyCheckConfig.Retry(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(10)), config.retry());
        assertEquals(new KeyCheckConfig.Limits(20, 6, 60, 5), config.limits());
        assertFalse(config.trustProxy());
    }

    @Test
    void fillsInTheApisRegionsFromTheirIdsAlone() {
        KeyCheckConfig config = config("key_check:\n  regions: [{id: ncsa}, {id: emea}, {id: apac}]\n");
        assertFalse(config.demo());
        Region emea = config.regions().get(1);
        assertEquals(new Region("emea", "Europe", "Europe, Middle East and Africa", URI.create("https://api-emea.coinapi.io"),
                "/v1/exchanges?filter_exchange_id=BINANCE", "X-CoinAPI-Key"), emea);
        assertEquals(URI.create("https://api-emea.coinapi.io/v1/exchanges?filter_exchange_id=BINANCE"), emea.probeUri());
    }

    @Test
    void readsACustomRegionAndDropsTheTrailingSlashOfItsBaseUrl() {
        Region region = config("""
                key_check:
                  regions:
                    - id: eu-2
                      label: Frankfurt
                      location: Central Europe
                      base_url: HTTP://127.0.0.1:8091/api/
                      probe_path: /v1/assets?filter_asset_id=BTC
                      key_header: Authorization
                """).regions().get(0);
        assertEquals(URI.create("http://127.0.0.1:8091/api/v1/assets?filter_asset_id=BTC"), region.probeUri());
        assertEquals("Authorization", region.keyHeader());
    }

    @Test
    void readsShortDemoDelaysAndRaisedLimits() {
        KeyCheckConfig config = config("""
                key_check:
                  demo:
                    regions:
                      - { id: ncsa, latency_ms: 5, propagation_seconds: 1 }
                      - { id: lab, label: Lab, propagation_seconds: 0 }
                  limits: { per_client_per_minute: 100000, per_key_per_minute: 100000, max_probes_in_flight: 1000 }
                  retry: { first_seconds: 1, max_seconds: 2, stop_after_minutes: 1 }
                """);
        assertEquals(new DemoRegion("ncsa", "Americas", "North, Central and South America", Duration.ofMillis(5), Duration.ofSeconds(1)),
                config.demoRegions().get(0));
        assertEquals(new DemoRegion("lab", "Lab", "", Duration.ofMillis(50), Duration.ZERO), config.demoRegions().get(1));
        assertEquals(1000, config.limits().maxProbesInFlight());
        assertEquals(Duration.ofSeconds(2), config.retry().max());
        assertTrue(config("key_check:\n  trust_proxy: true\n").trustProxy());
    }

    @Test
    void readsTheAnswersEachVerdictLinksTo() {
        KeyCheckConfig.Answers answers = config("key_check:\n  answers:\n    not_recognised: /faq/a/b/\n    forbidden: https://x.test/p\n").answers();
        assertEquals("/faq/a/b/", answers.notRecognised().orElseThrow().href());
        assertEquals(5, answers.notRecognised().orElseThrow().at().line());
        assertEquals(Optional.empty(), answers.rateLimited());
        assertEquals("https://x.test/p", answers.forbidden().orElseThrow().href());
    }

    @Test
    void namesTheLineOfAnUnknownKey() {
        assertEquals(List.of("site.yml:6:7: error: unknown key 'key_check.regions[1].url' (known keys: base_url, id, key_header, label, location, probe_path)",
                        "site.yml:6:7: error: missing required key 'key_check.regions[1].id' (write e.g. id: emea)"),
                problems("key_check:\n  regions:\n    - id: ncsa\n    - url: x\n"));
    }

    @Test
    void refusesABaseUrlThatIsNotHttp() {
        assertEquals(List.of("site.yml:7:7: error: 'base_url' must be an http(s) URL, got 'file:///etc/passwd' "
                        + "(write the scheme and host only, e.g. https://api-emea.coinapi.io)"),
                problems("key_check:\n  regions:\n    - id: x\n      label: X\n      base_url: file:///etc/passwd\n"));
    }

    @Test
    void refusesABaseUrlWithCredentialsOrAQuery() {
        assertTrue(problems("key_check:\n  regions:\n    - { id: x, label: X, base_url: 'https://u:p@h.test' }\n").get(0)
                .contains("'base_url' must name a host and nothing before it"));
        assertTrue(problems("key_check:\n  regions:\n    - { id: x, label: X, base_url: 'https://h.test/?a=1' }\n").get(0)
                .contains("'base_url' must not have a query or fragment"));
    }

    @Test
    void refusesAProbePathThatCouldReachAnotherHost() {
        assertTrue(problems("key_check:\n  regions:\n    - { id: ncsa, probe_path: '//evil.test/x' }\n").get(0)
                .contains("'probe_path' must be a path starting with a single '/'"));
        assertTrue(problems("key_check:\n  regions:\n    - { id: ncsa, probe_path: 'v1/x' }\n").get(0)
                .contains("'probe_path' must be a path starting with a single '/'"));
        assertTrue(problems("key_check:\n  regions:\n    - { id: ncsa, probe_path: '/v1/x y' }\n").get(0)
                .contains("'probe_path' must be a path starting with a single '/'"));
    }

    @Test
    void refusesAProbePathThatPutsAKeyInTheUrl() {
        assertEquals(List.of("site.yml:5:19: error: 'probe_path' must not carry a key: keys in URLs end up in logs and histories "
                        + "(the checker sends the key in 'key_header')"),
                problems("key_check:\n  regions:\n    - { id: ncsa, probe_path: '/v1/exchanges?apikey=x' }\n"));
    }

    @Test
    void refusesAHeaderThatCannotCarryTheKey() {
        assertTrue(problems("key_check:\n  regions:\n    - { id: ncsa, key_header: Host }\n").get(0)
                .contains("'key_check.regions[0].key_header' cannot carry the key: 'Host'"));
        assertTrue(problems("key_check:\n  regions:\n    - { id: ncsa, key_header: 'X Key' }\n").get(0).contains("cannot carry the key"));
    }

    @Test
    void requiresLabelAndBaseUrlOfARegionItDoesNotKnow() {
        assertEquals(List.of(
                        "site.yml:5:7: error: missing required key 'key_check.regions[0].base_url' (write e.g. base_url: https://api-eu.example.com)",
                        "site.yml:5:7: error: missing required key 'key_check.regions[0].label' (known ids with defaults for everything: apac, emea, ncsa)"),
                problems("key_check:\n  regions:\n    - { id: mars }\n").stream().sorted().toList());
    }

    @Test
    void refusesARegionListedTwiceAndAnEmptyList() {
        assertTrue(problems("key_check:\n  regions: [{id: ncsa}, {id: ncsa}]\n").get(0).contains("region 'ncsa' is listed twice"));
        assertTrue(problems("key_check:\n  regions: []\n").get(0).contains("'key_check.regions' is empty (list at least one region, "
                + "or remove 'regions' to run the checker in demo mode)"));
    }

    @Test
    void refusesNumbersOutOfRangeAndInconsistentTimeouts() {
        assertEquals(List.of("site.yml:5:3: error: 'key_check.timeout_ms' (500) is shorter than 'key_check.connect_timeout_ms' (1000) "
                        + "(the total includes connecting: make it longer)"),
                problems("key_check:\n  connect_timeout_ms: 1000\n  timeout_ms: 500\n"));
        assertTrue(problems("key_check:\n  retry: { first_seconds: 0 }\n").get(0)
                .contains("'key_check.retry.first_seconds' must be between 1 and 3600, got 0"));
        assertTrue(problems("key_check:\n  regions: [{id: ncsa}, {id: emea}]\n  limits: { max_probes_in_flight: 1 }\n").get(0)
                .contains("is less than the 2 regions one check probes"));
    }

    @Test
    void refusesAnAnswerLinkThatIsNeitherASitePathNorAUrl() {
        assertTrue(problems("key_check:\n  answers: { forbidden: 'javascript:alert(1)' }\n").get(0)
                .contains("'key_check.answers.forbidden' must be a site path or an http(s) URL"));
    }

    @Test
    void warnsThatDemoRegionsAreIgnoredWhenRealRegionsAreSet() {
        assertEquals(List.of("site.yml:6:5: warning: 'key_check.demo' is ignored because 'key_check.regions' is set (remove one of them)"),
                problems("key_check:\n  regions: [{id: ncsa}]\n  demo:\n    regions: [{id: ncsa}]\n"));
    }
}
