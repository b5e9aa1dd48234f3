package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.KeyCheckConfig.AnswerLink;
import dev.faqsite.model.KeyCheckConfig.Answers;
import dev.faqsite.model.KeyCheckConfig.Limits;
import dev.faqsite.model.KeyCheckConfig.Retry;
import dev.faqsite.model.KeyCheckConfig.Timeouts;
import dev.faqsite.model.Region;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the {@code key_check:} section of {@code site.yml}. The regions are operator config, yet they decide where
 * readers' keys are sent: every URL, path and header name is checked as strictly as input from outside.
 */
final class KeyCheckConfigReader {


    /** The API's three regional sites: a region listed by one of these ids needs nothing else. */
    static final Map<String, Region> KNOWN_REGIONS = Map.of(
            "ncsa", known("ncsa", "Americas", "North, Central and South America", "https://api-ncsa.coinapi.io"),
            "emea", known("emea", "Europe", "Europe, Middle East and Africa", "https://api-emea.coinapi.io"),
            "apac", known("apac", "Asia Pacific", "Asia Pacific", "https://api-apac.coinapi.io"));

    /** Demo mode's simulated sites: each a little slower, and a new key reaches them over one to two minutes. */
    static final List<DemoRegion> DEFAULT_DEMO_REGIONS = List.of(
            new DemoRegion("ncsa", "Americas", "North, Central and South America", Duration.ofMillis(40), Duration.ofSeconds(20)),
            new DemoRegion("emea", "Europe", "Europe, Middle East and Africa", Duration.ofMillis(90), Duration.ofSeconds(55)),
            new DemoRegion("apac", "Asia Pacific", "Asia Pacific", Duration.ofMillis(160), Duration.ofSeconds(95)));

    private static final Set<String> KEYS = Set.of("regions", "demo", "connect_timeout_ms", "timeout_ms", "limits", "retry", "answers",
            "trust_proxy");
    private static final Set<String> REGION_KEYS = Set.of("id", "label", "location", "base_url", "probe_path", "key_header");
    private static final Set<String> DEMO_REGION_KEYS = Set.of("id", "label", "location", "latency_ms", "propagation_seconds");
    private static final Set<String> LIMIT_KEYS = Set.of("per_client_per_minute", "per_key_per_minute", "max_probes_in_flight",
            "demo_keys_per_client_per_minute");
    private static final Set<String> RETRY_KEYS = Set.of("first_seconds", "max_seconds", "stop_after_minutes");
    private static final Set<String> ANSWER_KEYS = Set.of("not_recognised", "rate_limited", "forbidden");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    // RFC 9110 token; the JDK's HttpClient refuses to set these itself, and a key must never go in them
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    private static final Set<String> FORBIDDEN_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "te", "trailer", "accept", "user-agent", "cookie");

    private KeyCheckConfigReader() {
    }

    static KeyCheckConfig read(YamlFields f, List<Problem> problems) {
        f.rejectUnknown(KEYS);
        List<Region> regions = regions(f, problems);
        List<DemoRegion> demo = f.mapping("demo").map(d -> {
            d.rejectUnknown(Set.of("regions"));
            if (!regions.isEmpty()) {
                problems.add(Problem.warning(d.start(), "'" + f.context() + "demo' is ignored because '" + f.context() + "regions' is set",
                        "remove one of them"));
            }
            return d.has("regions") ? demoRegions(d, problems) : DEFAULT_DEMO_REGIONS;
        }).orElse(DEFAULT_DEMO_REGIONS);

        int connect = bounded(f, "connect_timeout_ms", 3000, 100, 60_000, problems);
        int total = bounded(f, "timeout_ms", 8000, 200, 120_000, problems);
        if (total < connect) {
            problems.add(Problem.error(f.keyAt("timeout_ms"), "'" + f.context() + "timeout_ms' (" + total
                    + ") is shorter than '" + f.context() + "connect_timeout_ms' (" + connect + ")", "the total includes connecting: make it longer"));
        }
        int regionCount = regions.isEmpty() ? demo.size() : regions.size();
        Limits limits = f.mapping("limits").map(l -> limits(l, regionCount, problems))
                .orElse(new Limits(20, 6, Math.max(60, regionCount), 5));
        Retry retry = f.mapping("retry").map(r -> retry(r, problems))
                .orElse(new Retry(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(10)));
        Answers answers = f.mapping("answers").map(a -> answers(a, problems)).orElse(Answers.none());
        return new KeyCheckConfig(regions, demo, new Timeouts(Duration.ofMillis(connect), Duration.ofMillis(total)),
                limits, retry, answers, f.bool("trust_proxy").orElse(false));
    }

    private static List<Region> regions(YamlFields f, List<Problem> problems) {
        if (!f.has("regions")) {
            return List.of();
        }
        List<YamlFields> entries = f.mappings("regions");
        if (entries.isEmpty()) {
            problems.add(Problem.error(f.keyAt("regions"), "'" + f.context() + "regions' is empty",
                    "list at least one region, or remove 'regions' to run the checker in demo mode"));
        }
        List<Region> regions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlFields r : entries) {
            r.rejectUnknown(REGION_KEYS);
            Optional<String> id = id(r, ids, problems);
            if (id.isEmpty()) {
                continue;
            }
            Optional<Region> known = Optional.ofNullable(KNOWN_REGIONS.get(id.get()));
            String hint = "known ids with defaults for everything: " + String.join(", ", KNOWN_REGIONS.keySet().stream().sorted().toList());
            String label = orKnown(r, "label", known.map(Region::label), hint, problems);
            String location = r.string("location").or(() -> known.map(Region::location)).orElse("");
            Optional<UrlCheck.Base> base = r.string("base_url").or(() -> known.map(k -> k.baseUrl().toString()))
                    .flatMap(url -> UrlCheck.base(url, r.keyAt("base_url"), problems));
            if (!r.has("base_url") && known.isEmpty()) {
                problems.add(Problem.error(r.start(), "missing required key '" + r.context() + "base_url'",
                        "write e.g. base_url: https://api-eu.example.com"));
            }
            String path = r.string("probe_path").orElse(KeyCheckConfig.DEFAULT_PROBE_PATH);
            boolean pathOk = UrlCheck.probePath(path, r.keyAt("probe_path"), problems);
            String header = r.string("key_header").orElse(KeyCheckConfig.DEFAULT_KEY_HEADER);
            boolean headerOk = keyHeader(header, r, problems);
            if (base.isPresent() && pathOk && headerOk && !label.isEmpty()) {
                regions.add(new Region(id.get(), label, location, base.get().uri(), path, header));
            }
        }
        return regions;
    }

    private static List<DemoRegion> demoRegions(YamlFields d, List<Problem> problems) {
        List<DemoRegion> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, DemoRegion> defaults = DEFAULT_DEMO_REGIONS.stream().collect(Collectors.toMap(DemoRegion::id, r -> r));
        List<YamlFields> entries = d.mappings("regions");
        if (entries.isEmpty()) {
            problems.add(Problem.error(d.keyAt("regions"), "'" + d.context() + "regions' is empty", "list at least one simulated region"));
        }
        for (YamlFields r : entries) {
            r.rejectUnknown(DEMO_REGION_KEYS);
            Optional<String> id = id(r, ids, problems);
            if (id.isEmpty()) {
                continue;
            }
            Optional<DemoRegion> known = Optional.ofNullable(defaults.get(id.get()));
            String label = orKnown(r, "label", known.map(DemoRegion::label), "ncsa, emea and apac have defaults", problems);
            String location = r.string("location").or(() -> known.map(DemoRegion::location)).orElse("");
            int latency = bounded(r, "latency_ms", known.map(k -> (int) k.latency().toMillis()).orElse(50), 0, 30_000, problems);
            int propagation = bounded(r, "propagation_seconds",
                    known.map(k -> (int) k.propagationDelay().toSeconds()).orElse(60), 0, 3600, problems);
            out.add(new DemoRegion(id.get(), label, location, Duration.ofMillis(latency), Duration.ofSeconds(propagation)));
        }
        return out;
    }

    private static Limits limits(YamlFields l, int regionCount, List<Problem> problems) {
        l.rejectUnknown(LIMIT_KEYS);
        int perClient = bounded(l, "per_client_per_minute", 20, 1, 1_000_000, problems);
        int perKey = bounded(l, "per_key_per_minute", 6, 1, 1_000_000, problems);
        int inFlight = bounded(l, "max_probes_in_flight", Math.max(60, regionCount), 1, 100_000, problems);
        if (inFlight < regionCount) {
            problems.add(Problem.error(l.keyAt("max_probes_in_flight"), "'" + l.context() + "max_probes_in_flight' (" + inFlight
                    + ") is less than the " + regionCount + " regions one check probes", "allow at least " + regionCount));
        }
        int demoKeys = bounded(l, "demo_keys_per_client_per_minute", 5, 1, 1_000_000, problems);
        return new Limits(perClient, perKey, inFlight, demoKeys);
    }

    private static Retry retry(YamlFields r, List<Problem> problems) {
        r.rejectUnknown(RETRY_KEYS);
        int first = bounded(r, "first_seconds", 10, 1, 3600, problems);
        int max = bounded(r, "max_seconds", 60, 1, 3600, problems);
        if (max < first) {
            problems.add(Problem.error(r.keyAt("max_seconds"), "'" + r.context() + "max_seconds' (" + max
                    + ") is less than 'first_seconds' (" + first + ")", "make it at least " + first));
        }
        int stop = bounded(r, "stop_after_minutes", 10, 1, 24 * 60, problems);
        return new Retry(Duration.ofSeconds(first), Duration.ofSeconds(Math.max(first, max)), Duration.ofMinutes(stop));
    }

    private static Answers answers(YamlFields a, List<Problem> problems) {
        a.rejectUnknown(ANSWER_KEYS);
        Function<String, Optional<AnswerLink>> link = key -> a.string(key).flatMap(href -> {
            if (href.startsWith("/") && !href.startsWith("//") || UrlCheck.isHttpUrl(href)) {
                return Optional.of(new AnswerLink(href, a.keyAt(key)));
            }
            problems.add(Problem.error(a.keyAt(key), "'" + a.context() + key + "' must be a site path or an http(s) URL, got '"
                    + href + "'", "write e.g. /faq/general/what-is-coinapi/"));
            return Optional.empty();
        });
        return new Answers(link.apply("not_recognised"), link.apply("rate_limited"), link.apply("forbidden"));
    }

    private static Optional<String> id(YamlFields r, Set<String> seen, List<Problem> problems) {
        String id = r.requiredString("id", "write e.g. id: emea");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!ID.matcher(id).matches()) {
            problems.add(Problem.error(r.keyAt("id"), "'" + r.context() + "id' must be lowercase letters, digits and single hyphens, got '"
                    + id + "'", "write e.g. id: emea"));
            return Optional.empty();
        }
        if (!seen.add(id)) {
            problems.add(Problem.error(r.keyAt("id"), "region '" + id + "' is listed twice", "keep one of them"));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static String orKnown(YamlFields r, String key, Optional<String> known, String hint, List<Problem> problems) {
        Optional<String> value = r.string(key).or(() -> known);
        if (value.isEmpty() || value.get().isBlank()) {
            problems.add(Problem.error(r.start(), "missing required key '" + r.context() + key + "'", hint));
            return "";
        }
        return value.get();
    }

    private static boolean keyHeader(String header, YamlFields r, List<Problem> problems) {
        if (!HEADER_NAME.matcher(header).matches() || FORBIDDEN_HEADERS.contains(header.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(Problem.error(r.keyAt("key_header"), "'" + r.context() + "key_header' cannot carry the key: '" + header + "'",
                    "write a header name such as " + KeyCheckConfig.DEFAULT_KEY_HEADER));
            return false;
        }
        return true;
    }

    private static int bounded(YamlFields f, String key, int fallback, int min, int max, List<Problem> problems) {
        int value = f.integer(key).orElse(fallback);
        if (value < min || value > max) {
            problems.add(Problem.error(f.keyAt(key), "'" + f.context() + key + "' must be between " + min + " and " + max + ", got "
                    + value, "write a number in that range"));
            return fallback;
        }
        return value;
    }

    private static Region known(String id, String label, String location, String baseUrl) {
        return new Region(id, label, location, java.net.URI.create(baseUrl), KeyCheckConfig.DEFAULT_PROBE_PATH, KeyCheckConfig.DEFAULT_KEY_HEADER);
    }
}
