package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code key_check:} section of {@code site.yml}: the key-propagation checker at {@code /tools/key-check/}.
 *
 * @param regions     the real regional sites to probe; empty means demo mode
 * @param demoRegions the sites simulated in demo mode
 * @param timeouts    per-probe time limits
 * @param limits      how much the server lets one client, one key and everyone together do
 * @param retry       the page's and {@code faqsite keycheck --wait}'s re-check schedule
 * @param answers     the FAQ answers each verdict links to
 * @param trustProxy  behind a reverse proxy: count a client by the last {@code X-Forwarded-For} address, not the proxy's
 */
public record KeyCheckConfig(List<Region> regions, List<DemoRegion> demoRegions, Timeouts timeouts, Limits limits,
                             Retry retry, Answers answers, boolean trustProxy) {

    /** The checker's page, and the index of the site's tools it is listed on. */
    public static final String PAGE_PATH = "/tools/key-check/";
    public static final String TOOLS_PATH = "/tools/";
    /** Where the server answers checks, and issues demo keys in demo mode. */
    public static final String API_PATH = "/api/key-check";
    public static final String DEMO_KEYS_PATH = "/api/demo/keys";
    /**
     * The probe the API's documentation suggests — a small filtered metadata request, about one credit — and the header
     * that carries the key: a region's defaults, and what the simulated regions answer.
     */
    public static final String DEFAULT_PROBE_PATH = "/v1/exchanges?filter_exchange_id=BINANCE";
    public static final String DEFAULT_KEY_HEADER = "X-CoinAPI-Key";

    public KeyCheckConfig {
        regions = List.copyOf(regions);
        demoRegions = List.copyOf(demoRegions);
    }

    /** The same checker with other limits (the benchmark raises them; tests lower them). */
    public KeyCheckConfig withLimits(Limits other) {
        return new KeyCheckConfig(regions, demoRegions, timeouts, other, retry, answers, trustProxy);
    }

    /** Whether the checker runs against simulated regions, because no real ones are configured. */
    public boolean demo() {
        return regions.isEmpty();
    }

    /** How many regions one check probes, which is also about how many API credits it costs. */
    public int regionCount() {
        return demo() ? demoRegions.size() : regions.size();
    }

    /**
     * @param connect time to open the connection
     * @param total   time for the whole probe: connect, request, response headers and the (bounded) body
     */
    public record Timeouts(Duration connect, Duration total) {
    }

    /**
     * @param checksPerClientPerMinute     checks one client address may start per minute (with a burst of as many)
     * @param checksPerKeyPerMinute        checks of one key per minute, whoever asks, to spare its credits
     * @param maxProbesInFlight            probes running at once across all checks; more are refused as busy
     * @param demoKeysPerClientPerMinute   demo keys one client address may create per minute
     */
    public record Limits(int checksPerClientPerMinute, int checksPerKeyPerMinute, int maxProbesInFlight,
                         int demoKeysPerClientPerMinute) {
    }

    /**
     * Re-checks wait {@code first}, then twice as long each time up to {@code max}, with jitter, and stop after
     * {@code stopAfter} since the first check or as soon as every region accepts the key.
     */
    public record Retry(Duration first, Duration max, Duration stopAfter) {
    }

    /**
     * FAQ answers the verdicts link to: site paths such as {@code /faq/general/x/} or absolute URLs.
     *
     * @param notRecognised a region answered 401: the propagation answer
     * @param rateLimited   a region answered 429: usage limits
     * @param forbidden     a region answered 403: plans
     */
    public record Answers(Optional<AnswerLink> notRecognised, Optional<AnswerLink> rateLimited, Optional<AnswerLink> forbidden) {

        public static Answers none() {
            return new Answers(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A link to an answer, with where the config names it, to report one that points nowhere. */
    public record AnswerLink(String href, SourceRef at) {
    }
}
