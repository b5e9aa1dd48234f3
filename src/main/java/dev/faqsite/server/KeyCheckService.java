package dev.faqsite.server;

import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.limits.RateLimits;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.Region;
import dev.faqsite.propagation.CheckGate;
import dev.faqsite.propagation.KeyChecker;
import dev.faqsite.simulator.DemoKeys;
import dev.faqsite.simulator.RegionSimulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The key checker as {@code faqsite serve} runs it: the checker over the configured regions — or, in demo mode, over
 * simulated regions started here on loopback — and the API mounts for the site's server.
 */
public final class KeyCheckService implements AutoCloseable {


    private final KeyChecker checker;
    private final Optional<RegionSimulator> simulator;
    private final List<Mount> mounts;

    private KeyCheckService(KeyChecker checker, Optional<RegionSimulator> simulator, List<Mount> mounts) {
        this.checker = checker;
        this.simulator = simulator;
        this.mounts = List.copyOf(mounts);
    }

    /**
     * @param supportUrl where advice sends readers when waiting no longer helps
     * @param siteRoot   the built site, whose checker page answers browsers without JavaScript
     */
    public static KeyCheckService start(KeyCheckConfig config, String supportUrl, Path siteRoot, Clock clock) throws Exception {
        return start(config, supportUrl, siteRoot, clock, new LocalRateLimits(clock), new Operations());
    }

    /** @param limits where the checks per client and per key, and demo keys, are counted: shared when several serve */
    public static KeyCheckService start(KeyCheckConfig config, String supportUrl, Path siteRoot, Clock clock, RateLimits limits,
                                        Operations operations) throws Exception {
        Optional<RegionSimulator> simulator = config.demo()
                ? Optional.of(RegionSimulator.start(config.demoRegions(), new DemoKeys(clock)))
                : Optional.empty();
        List<Region> regions = simulator.map(RegionSimulator::regions).orElse(config.regions());
        KeyChecker checker = new KeyChecker(regions, config, supportUrl, clock);
        CheckGate gate = new CheckGate(config.limits(), limits);
        List<Mount> mounts = new ArrayList<>();
        mounts.add(new Mount(KeyCheckConfig.API_PATH, new KeyCheckApi(checker, gate, siteRoot, config.trustProxy(), operations)));
        simulator.ifPresent(s -> mounts.add(new Mount(KeyCheckConfig.DEMO_KEYS_PATH, new DemoKeysApi(s, gate, siteRoot, config.trustProxy()))));
        return new KeyCheckService(checker, simulator, mounts);
    }

    public List<Mount> mounts() {
        return mounts;
    }

    /** A line for the server's start-up output: where the page is, and which regions it probes. */
    public List<String> describe(URI server) {
        String page = server.resolve(KeyCheckConfig.PAGE_PATH).toString();
        String regions = checker.regions().stream().map(r -> r.id() + " " + r.baseUrl()).collect(Collectors.joining(", "));
        return List.of(simulator.isPresent()
                ? "Key checker: " + page + " in demo mode, simulated regions " + regions
                : "Key checker: " + page + ", probing " + regions);
    }

    public KeyChecker checker() {
        return checker;
    }

    /** The simulated regions, in demo mode. */
    public Optional<RegionSimulator> simulator() {
        return simulator;
    }

    @Override
    public void close() throws Exception {
        checker.close();
        if (simulator.isPresent()) {
            simulator.get().close();
        }
    }
}
