package dev.faqsite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.DemoRegion;
import dev.faqsite.model.PageManifest;
import dev.faqsite.simulator.DemoKeys;
import dev.faqsite.simulator.Fault;
import dev.faqsite.simulator.RegionSimulator;
import dev.faqsite.testing.ServeProcess;
import dev.faqsite.testing.Sites;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak: {@code faqsite serve} as its own process under mixed traffic for minutes — page reads, votes, key checks
 * over three regions of which one is slow and one fails (503) — while its heap, threads and open files are read from
 * its Prometheus metrics every 15 s. Prints each endpoint's p50/p99 and the resource samples of the first and the last
 * minute, to see that nothing grows. A benchmark, not a test: {@code bash bench/soak.sh} (docs/benchmarks.md).
 *
 * <p>Arguments: {@code [minutes=10] [clients=8] [think_ms=100]}.
 */
public final class SoakBench {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE);

    /** @param oldMiB the old generation's use: what survived collections, which keeps growing only if memory leaks */
    private record Sample(long second, double heapMiB, double oldMiB, double threads, double openFiles) {
    }

    public static void main(String[] args) throws Exception {
        int minutes = 10;
        int clients = 8;
        int thinkMillis = 100;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "minutes" -> minutes = Integer.parseInt(kv[1]);
                case "clients" -> clients = Integer.parseInt(kv[1]);
                case "think_ms" -> thinkMillis = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        Path tmp = Files.createTempDirectory("faqsite-soak");
        try (RegionSimulator regions = RegionSimulator.start(List.of(
                new DemoRegion("ncsa", "Americas", "fast", Duration.ofMillis(30), Duration.ZERO),
                new DemoRegion("emea", "Europe", "slow", Duration.ofMillis(1500), Duration.ZERO),
                new DemoRegion("apac", "Asia Pacific", "failing", Duration.ofMillis(30), Duration.ZERO)), new DemoKeys(Clock.systemUTC()))) {
            regions.region("apac").inject(Fault.status(503));
            Path source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
            StringBuilder config = new StringBuilder(Files.readString(source.resolve("site.yml")))
                    .append("  votes_per_minute: 10000000\nkey_check:\n  timeout_ms: 4000\n")
                    .append("  limits: { per_client_per_minute: 1000000, per_key_per_minute: 1000000 }\n  regions:\n");
            for (var region : regions.all()) {
                config.append("    - { id: ").append(region.id()).append(", label: \"").append(region.region().label())
                        .append("\", base_url: \"http://127.0.0.1:").append(region.port()).append("\" }\n");
            }
            Files.writeString(source.resolve("site.yml"), config.toString());
            int metricsPort;
            try (ServerSocket free = new ServerSocket(0)) {
                metricsPort = free.getLocalPort();
            }
            Path out = tmp.resolve("site");
            try (ServeProcess server = ServeProcess.start(List.of("-Xms256m", "-Xmx256m"), source, out,
                    "--metrics-port", Integer.toString(metricsPort))) {
                run(server.uri(), URI.create("http://127.0.0.1:" + metricsPort + "/metrics"), pages(out), minutes, clients, thinkMillis);
            }
        }
    }

    private static void run(URI base, URI metrics, List<String> pages, int minutes, int clients, int thinkMillis) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong voter = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            pool.submit(() -> {
                Random random = new Random(seed);
                while (System.nanoTime() < end) {
                    int dice = random.nextInt(100);
                    String page = pages.get(random.nextInt(pages.size()));
                    String ratedPage = pages.get(2 + random.nextInt(pages.size() - 2));
                    String endpoint;
                    HttpRequest.Builder request;
                    if (dice < 70) {
                        endpoint = "GET page";
                        request = HttpRequest.newBuilder(base.resolve(page)).header("Accept-Encoding", "gzip");
                    } else if (dice < 90) {
                        endpoint = "POST /api/ratings";
                        request = HttpRequest.newBuilder(base.resolve("/api/ratings")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"" + ratedPage + "\",\"score\":" + (1 + random.nextInt(5))
                                        + ",\"voter\":\"soak-" + String.format("%016d", voter.incrementAndGet()) + "\"}"));
                    } else {
                        endpoint = "POST /api/key-check";
                        request = HttpRequest.newBuilder(base.resolve("/api/key-check")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"SOAK-" + random.nextInt(1000) + "-KEY\"}"));
                    }
                    long start = System.nanoTime();
                    try {
                        int status = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        statuses.computeIfAbsent(endpoint + " " + status, k -> new AtomicLong()).incrementAndGet();
                    } catch (Exception e) {
                        statuses.computeIfAbsent(endpoint + " " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    }
                    long micros = (System.nanoTime() - start) / 1000;
                    latencies.computeIfAbsent(endpoint, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
                    try {
                        Thread.sleep(thinkMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        List<Sample> samples = new ArrayList<>();
        long began = System.nanoTime();
        while (System.nanoTime() < end) {
            samples.add(sample(http, metrics, (System.nanoTime() - began) / 1_000_000_000L));
            System.err.printf(Locale.ROOT, "%s%n", samples.get(samples.size() - 1));
            Thread.sleep(15_000);
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        samples.add(sample(http, metrics, (System.nanoTime() - began) / 1_000_000_000L));
        report(minutes, clients, thinkMillis, latencies, statuses, samples);
    }

    private static Sample sample(HttpClient http, URI metrics, long second) throws Exception {
        String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        double heap = 0;
        double live = 0;
        double threads = 0;
        double files = 0;
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String labels = m.group(2) == null ? "" : m.group(2);
            double value = Double.parseDouble(m.group(3));
            if (name.equals("jvm_memory_used_bytes") && labels.contains("area=\"heap\"")) {
                heap += value;
                if (labels.contains("Old Gen") || labels.contains("Tenured")) {
                    live = value;
                }
            } else if (name.equals("jvm_threads_live_threads")) {
                threads = value;
            } else if (name.equals("process_files_open_files")) {
                files = value;
            }
        }
        return new Sample(second, heap / (1024 * 1024), live / (1024 * 1024), threads, files);
    }

    private static void report(int minutes, int clients, int thinkMillis, Map<String, List<Long>> latencies, Map<String, AtomicLong> statuses,
                               List<Sample> samples) {
        System.out.printf(Locale.ROOT, "soak: %d min, %d clients, %d ms think time; regions: fast 30 ms, slow 1.5 s, failing 503%n",
                minutes, clients, thinkMillis);
        System.out.println("| endpoint | requests | p50 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|");
        new TreeMap<>(latencies).forEach((endpoint, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", endpoint, sorted.size(), at(sorted, 0.50) / 1000.0, at(sorted, 0.99) / 1000.0);
        });
        System.out.println("statuses: " + new TreeMap<>(statuses));
        System.out.println("| sample (s) | heap used MiB | old gen MiB | live threads | open files |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (Sample s : samples) {
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.1f | %.0f | %.0f |%n", s.second(), s.heapMiB(), s.oldMiB(), s.threads(), s.openFiles());
        }
        int minute = Math.min(4, samples.size());
        List<Sample> first = samples.subList(0, minute);
        List<Sample> last = samples.subList(samples.size() - minute, samples.size());
        System.out.printf(Locale.ROOT, "first minute: heap max %.0f MiB, old gen max %.1f MiB, threads max %.0f, files max %.0f%n",
                max(first, Sample::heapMiB), max(first, Sample::oldMiB), max(first, Sample::threads), max(first, Sample::openFiles));
        System.out.printf(Locale.ROOT, "last minute:  heap max %.0f MiB, old gen max %.1f MiB, threads max %.0f, files max %.0f%n",
                max(last, Sample::heapMiB), max(last, Sample::oldMiB), max(last, Sample::threads), max(last, Sample::openFiles));
    }

    private static double max(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        return samples.stream().mapToDouble(value).max().orElse(0);
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size())));
    }

    private static List<String> pages(Path out) throws Exception {
        // the home page and a stylesheet, then the question pages, which are the ones votes go to
        List<String> pages = new ArrayList<>(List.of("/", "/assets/css/site.css"));
        new ObjectMapper().readValue(out.resolve(PageManifest.FILE_NAME).toFile(), PageManifest.class).pages()
                .forEach(p -> pages.add(p.url()));
        return pages;
    }
}
