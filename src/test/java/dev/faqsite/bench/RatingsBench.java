package dev.faqsite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.PageManifest;
import dev.faqsite.model.RatingsConfig.Durability;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.ratings.VoteRateLimiter;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.server.RatingsApi;
import dev.faqsite.server.SiteServer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Acknowledged votes per second through the real ratings API into SQLite, on loopback: for each synchronous setting
 * and each number of concurrent clients, several runs on a fresh database, the median reported. Each client is a
 * keep-alive HTTP/1.1 connection sending one vote at a time (a new voter each, so every vote is an insert) and
 * counting only 200 answers. A benchmark, not a test: run it with {@code bash bench/ratings.sh} (see docs/benchmarks.md).
 *
 * <p>Arguments: {@code [clients=1,8,64] [sync=normal,full] [runs=5] [seconds=5] [warmup=2]}, e.g. {@code clients=64 runs=3}.
 */
public final class RatingsBench {

    private record Run(double votesPerSecond, double p50Millis, double p99Millis, long refused) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> clients = List.of(1, 8, 64);
        List<Durability> syncs = List.of(Durability.NORMAL, Durability.FULL);
        int runs = 5;
        int seconds = 5;
        int warmup = 2;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "clients" -> clients = Arrays.stream(kv[1].split(",")).map(Integer::parseInt).toList();
                case "sync" -> syncs = Arrays.stream(kv[1].split(",")).map(s -> Durability.valueOf(s.toUpperCase(Locale.ROOT))).toList();
                case "runs" -> runs = Integer.parseInt(kv[1]);
                case "seconds" -> seconds = Integer.parseInt(kv[1]);
                case "warmup" -> warmup = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        System.out.printf(Locale.ROOT, "Ratings benchmark: %d runs of %d s (after %d s warm-up) per row, %d cores, %s%n%n", runs, seconds,
                warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        System.out.println("| synchronous | clients | votes/s (median) | p50 ms | p99 ms | runs (votes/s) |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        for (Durability sync : syncs) {
            for (int n : clients) {
                List<Run> results = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    results.add(measure(sync, n, seconds, warmup));
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.2f | %.2f | %s |%n", sync, n,
                        median(results.stream().mapToDouble(Run::votesPerSecond).toArray()),
                        median(results.stream().mapToDouble(Run::p50Millis).toArray()),
                        median(results.stream().mapToDouble(Run::p99Millis).toArray()),
                        String.join(", ", results.stream().map(x -> String.format(Locale.ROOT, "%,.0f", x.votesPerSecond())).toList()));
                long refused = results.stream().mapToLong(Run::refused).sum();
                if (refused > 0) {
                    System.out.println("  (" + refused + " votes were not answered 200: see the server's log)");
                }
            }
        }
    }

    private static Run measure(Durability sync, int clients, int seconds, int warmup) throws Exception {
        Path dir = Files.createTempDirectory("faqsite-bench-");
        List<PageManifest.Page> pages = IntStream.range(0, 50)
                .mapToObj(i -> new PageManifest.Page("/faq/bench/page-" + i + "/", "Page " + i, "bench", "Bench", "v" + i)).toList();
        new ObjectMapper().writeValue(dir.resolve(PageManifest.FILE_NAME).toFile(), new PageManifest(PageManifest.FORMAT, pages));
        try (VoteStore store = JdbcVoteStore.open(Database.Sqlite.in(dir.resolve("data"), sync))) {
            RatingsApi api = new RatingsApi(store, ManifestFile.in(dir), new VoteRateLimiter(new LocalRateLimits(Clock.systemUTC()), Integer.MAX_VALUE), false, Clock.systemUTC());
            try (SiteServer server = SiteServer.start(dir, "127.0.0.1", 0, List.of(RatingsApi.mount(api)))) {
                return load(server.uri(), pages, clients, seconds, warmup);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Run load(URI uri, List<PageManifest.Page> pages, int clients, int seconds, int warmup) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        long[][] latencies = new long[clients][];
        long[] counts = new long[clients];
        long[] refused = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    for (long i = 0; !stop.get(); i++) {
                        String body = "{\"page\":\"" + pages.get((int) (i % pages.size())).url() + "\",\"score\":" + (1 + i % 5)
                                + ",\"voter\":\"bench-" + client + "-" + System.nanoTime() + "-" + i + "\"}";
                        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                        long started = System.nanoTime();
                        out.write(("POST /api/ratings HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/json\r\n"
                                + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(bytes);
                        out.flush();
                        int status = readResponse(in);
                        long took = System.nanoTime() - started;
                        if (measuring.get()) {
                            if (status == 200) {
                                if (n == mine.length) {
                                    mine = Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = took;
                            } else {
                                refused[client]++;
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } finally {
                    latencies[client] = Arrays.copyOf(mine, n);
                    counts[client] = n;
                    done.countDown();
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        done.await();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Run(Arrays.stream(counts).sum() / elapsed, percentile(all, 0.50), percentile(all, 0.99), Arrays.stream(refused).sum());
    }

    /** Reads one response and returns its status; the body is skipped by its Content-Length. */
    private static int readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        if (b == -1) {
            throw new IOException("connection closed");
        }
        String[] lines = head.toString().split("\r\n");
        int length = 0;
        for (String line : lines) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
        return Integer.parseInt(lines[0].split(" ")[1]);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
