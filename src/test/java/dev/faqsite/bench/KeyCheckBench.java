package dev.faqsite.bench;

import dev.faqsite.build.SiteBuilder;
import dev.faqsite.diag.Problems;
import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.server.KeyCheckService;
import dev.faqsite.server.SiteServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The key checker's benchmark, run by {@code bench/keycheck.sh} (not a test). Starts the server with the checker over
 * the simulated regions of a site's config, then measures through its HTTP API, as a client sees it:
 * <ol>
 *   <li>overhead: one client checking again and again; each check's time minus the slowest region's fixed latency;</li>
 *   <li>throughput: {@code --clients} clients checking as fast as they can for {@code --seconds}; every answer must be
 *       200 with a verdict, or it counts as an error.</li>
 * </ol>
 * Repeated {@code --runs} times; the summary is the median of the runs.
 */
public final class KeyCheckBench {

    private record Overhead(double medianMs, double p99Ms) {
    }

    private record Throughput(double checksPerSecond, long checks, long errors, double medianMs, double p99Ms) {
    }

    private final URI api;
    private final long slowestNanos;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).build();

    private KeyCheckBench(URI api, Duration slowest) {
        this.api = api;
        this.slowestNanos = slowest.toNanos();
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(option(args, "--site", "bench/keycheck"));
        int runs = Integer.parseInt(option(args, "--runs", "3"));
        int seconds = Integer.parseInt(option(args, "--seconds", "30"));
        int clients = Integer.parseInt(option(args, "--clients", "64"));
        int samples = Integer.parseInt(option(args, "--samples", "2000"));

        Problems problems = new Problems();
        SiteConfig config = SiteBuilder.loadConfig(site, problems).orElseThrow(() -> new IllegalStateException(problems.sorted().toString()));
        KeyCheckConfig keyCheck = config.keyCheck().orElseThrow(() -> new IllegalStateException(site + "/site.yml has no key_check"));
        Duration slowest = keyCheck.demoRegions().stream().map(DemoRegion::latency).max(Duration::compareTo).orElseThrow();
        Path root = Files.createTempDirectory("keycheck-bench");
        try (KeyCheckService service = KeyCheckService.start(keyCheck, config.supportUrl(), root, Clock.systemUTC());
             SiteServer server = SiteServer.start(root, "127.0.0.1", 0, service.mounts())) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                keys.add(service.simulator().orElseThrow().keys().issue().key());
            }
            KeyCheckBench bench = new KeyCheckBench(server.uri().resolve("/api/key-check"), slowest);
            System.out.printf(Locale.ROOT, "Key checker benchmark: %d simulated regions, slowest %d ms; %d cores; Java %s%n",
                    keyCheck.demoRegions().size(), slowest.toMillis(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            bench.throughput(keys, clients, Duration.ofSeconds(5)); // warm-up: JIT, connection pools
            bench.overhead(keys.get(0), samples / 4);
            List<Overhead> overheads = new ArrayList<>();
            List<Throughput> throughputs = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Overhead o = bench.overhead(keys.get(0), samples);
                Throughput t = bench.throughput(keys, clients, Duration.ofSeconds(seconds));
                overheads.add(o);
                throughputs.add(t);
                System.out.printf(Locale.ROOT, "run %d: overhead median %.1f ms, p99 %.1f ms | %d clients x %d s: %.0f checks/s, "
                                + "%d checks, %d errors, latency median %.1f ms, p99 %.1f ms%n", run, o.medianMs(), o.p99Ms(), clients,
                        seconds, t.checksPerSecond(), t.checks(), t.errors(), t.medianMs(), t.p99Ms());
            }
            System.out.printf(Locale.ROOT, "median of %d runs: overhead median %.1f ms, p99 %.1f ms; %.0f checks/s at %d clients, "
                            + "%d errors in all%n", runs, median(overheads.stream().mapToDouble(Overhead::medianMs).toArray()),
                    median(overheads.stream().mapToDouble(Overhead::p99Ms).toArray()),
                    median(throughputs.stream().mapToDouble(Throughput::checksPerSecond).toArray()), clients,
                    throughputs.stream().mapToLong(Throughput::errors).sum());
        }
        System.exit(0);
    }

    /** One client, one check after another: how much longer than its slowest region a check takes. */
    private Overhead overhead(String key, int samples) throws Exception {
        long[] beyond = new long[samples];
        for (int i = 0; i < samples; i++) {
            long took = timedCheck(key);
            if (took < 0) {
                throw new IllegalStateException("a check failed during the overhead run");
            }
            beyond[i] = took - slowestNanos;
        }
        Arrays.sort(beyond);
        return new Overhead(ms(percentile(beyond, 0.50)), ms(percentile(beyond, 0.99)));
    }

    /** {@code clients} clients checking in a loop for {@code length}. */
    private Throughput throughput(List<String> keys, int clients, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + length.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String key = keys.get(c % keys.size());
            results.add(pool.submit(() -> {
                long[] times = new long[1024];
                int n = 0;
                long errors = 0;
                while (System.nanoTime() < deadline) {
                    long took = timedCheck(key);
                    if (took < 0) {
                        errors++;
                        continue;
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = took;
                }
                long[] out = Arrays.copyOf(times, n + 1);
                out[n] = errors;
                return out;
            }));
        }
        long started = System.nanoTime();
        List<long[]> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> result : results) {
            long[] times = result.get();
            errors += times[times.length - 1];
            all.add(Arrays.copyOf(times, times.length - 1));
        }
        double elapsed = Math.max(length.toNanos(), System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Throughput(latencies.length / elapsed, latencies.length, errors, ms(percentile(latencies, 0.50)),
                ms(percentile(latencies, 0.99)));
    }

    /** The time of one check through the API, or -1 if it did not answer 200 with a verdict. */
    private long timedCheck(String key) {
        HttpRequest request = HttpRequest.newBuilder(api).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"" + key + "\"}")).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - started;
            return answer.statusCode() == 200 && answer.body().contains("\"kind\":\"propagated\"") ? took : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
