package dev.faqsite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.PageManifest;
import dev.faqsite.testing.ServeProcess;
import dev.faqsite.testing.Sites;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL stopped and started under load: {@code faqsite serve} (its own process) votes into a PostgreSQL cluster
 * that this benchmark stops ({@code pg_ctlcluster … stop -m fast}) and starts again while clients vote and a poller
 * reads {@code /readyz}. Prints what the clients were answered in each phase, what {@code /readyz} said when, how
 * long the server took to store votes again, and checks in the database that every acknowledged vote is stored
 * exactly once with its score. Run by {@code bash bench/pg-faults.sh}, which creates the cluster (docs/benchmarks.md).
 *
 * <p>Arguments: {@code url=jdbc:postgresql://…} {@code cluster="15 faqsite_bench"} {@code [up=15] [down=15] [after=20]
 * [clients=8]} (seconds).
 */
public final class PgFaultBench {

    private enum Phase { BEFORE, DOWN, AFTER }

    private record Acked(String page, int score) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of("up", "15", "down", "15", "after", "20", "clients", "8"));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            a.put(kv[0], kv[1]);
        }
        String url = a.get("url");
        String cluster = a.get("cluster");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS votes, faqsite_schema, faqsite_rate_limits, faqsite_rate_limit_salt");
        }
        Path tmp = Files.createTempDirectory("faqsite-pg-faults");
        Path source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
        Files.writeString(source.resolve("site.yml"), Files.readString(source.resolve("site.yml"))
                + "  votes_per_minute: 10000000\n  jdbc_url: \"" + url + "\"\n");
        Path out = tmp.resolve("site");
        try (ServeProcess server = ServeProcess.start(source, out)) {
            run(server.uri(), pages(out), url, cluster, Integer.parseInt(a.get("up")), Integer.parseInt(a.get("down")),
                    Integer.parseInt(a.get("after")), Integer.parseInt(a.get("clients")));
            System.out.println("the server's log (WARN and above), one line per distinct message:");
            server.output().stream().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR"))
                    .map(l -> l.length() > 220 ? l.substring(0, 220) + "…" : l).distinct().limit(30)
                    .forEach(l -> System.out.println("  " + l));
        }
    }

    private static void run(URI base, List<String> pages, String url, String cluster, int up, int down, int after, int clients)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Acked> acked = new ConcurrentHashMap<>();
        Map<String, Boolean> refused = new ConcurrentHashMap<>();
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        Phase[] phase = {Phase.BEFORE};
        long began = System.nanoTime();
        long[] firstAckAfterStart = {0};
        long[] startedAt = {0};
        List<String> readiness = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        AtomicLong next = new AtomicLong();
        boolean[] stop = {false};
        for (int c = 0; c < clients; c++) {
            long seed = c;
            pool.submit(() -> {
                Random random = new Random(seed);
                while (!stop[0]) {
                    String voter = "fault-" + String.format("%016d", next.incrementAndGet());
                    String page = pages.get(random.nextInt(pages.size()));
                    int score = 1 + random.nextInt(5);
                    Phase during = phase[0];
                    String outcome;
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/ratings")).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"page\":\"" + page + "\",\"score\":" + score + ",\"voter\":\"" + voter + "\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        outcome = Integer.toString(answer.statusCode());
                        if (answer.statusCode() == 200) {
                            acked.put(voter, new Acked(page, score));
                            if (during == Phase.AFTER && firstAckAfterStart[0] == 0) {
                                firstAckAfterStart[0] = System.nanoTime();
                            }
                        } else {
                            refused.put(voter, true);
                        }
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName();
                        refused.put(voter, true);
                    }
                    answers.computeIfAbsent(during + " " + outcome, k -> new AtomicLong()).incrementAndGet();
                    sleep(20);
                }
            });
        }
        pool.submit(() -> {
            String last = "";
            while (!stop[0]) {
                String state;
                try {
                    HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/readyz")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    state = ready.statusCode() + " " + ready.body();
                } catch (Exception e) {
                    state = e.getClass().getSimpleName();
                }
                if (!state.equals(last)) {
                    synchronized (readiness) {
                        readiness.add(String.format(Locale.ROOT, "%6.1f s  %s", (System.nanoTime() - began) / 1e9, state));
                    }
                    last = state;
                }
                sleep(250);
            }
        });
        sleep(up * 1000L);
        phase[0] = Phase.DOWN;
        double stoppedAt = (System.nanoTime() - began) / 1e9;
        pgctl(cluster, "stop", "-m", "fast");
        double stopDone = (System.nanoTime() - began) / 1e9;
        sleep(down * 1000L);
        double startBegan = (System.nanoTime() - began) / 1e9;
        pgctl(cluster, "start");
        startedAt[0] = System.nanoTime();
        double startDone = (startedAt[0] - began) / 1e9;
        phase[0] = Phase.AFTER;
        sleep(after * 1000L);
        stop[0] = true;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        Map<String, int[]> stored = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT voter, MIN(score), COUNT(*) FROM votes GROUP BY voter")) {
            while (rows.next()) {
                stored.put(rows.getString(1), new int[]{rows.getInt(2), rows.getInt(3)});
            }
        }
        long lost = acked.keySet().stream().filter(v -> !stored.containsKey(v)).count();
        long twice = stored.values().stream().filter(v -> v[1] != 1).count();
        long wrongScore = acked.entrySet().stream().filter(e -> stored.containsKey(e.getKey())
                && stored.get(e.getKey())[0] != e.getValue().score()).count();
        long storedThoughRefused = refused.keySet().stream().filter(stored::containsKey).count();

        System.out.printf(Locale.ROOT, "PostgreSQL: stop asked at %.1f s, stopped at %.1f s; start asked at %.1f s, started at %.1f s; "
                + "%d clients voting%n", stoppedAt, stopDone, startBegan, startDone, clients);
        new java.util.TreeMap<>(answers).forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.println("/readyz over time:");
        readiness.forEach(line -> System.out.println("  " + line));
        System.out.printf(Locale.ROOT, "first vote stored %.2f s after PostgreSQL was started%n",
                firstAckAfterStart[0] == 0 ? Double.NaN : (firstAckAfterStart[0] - startedAt[0]) / 1e9);
        System.out.printf(Locale.ROOT, "acknowledged %d; of them lost %d, stored twice %d, with another score %d; answered an error "
                + "but stored anyway %d%n", acked.size(), lost, twice, wrongScore, storedThoughRefused);
    }

    private static void pgctl(String cluster, String... action) throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster"));
        command.addAll(List.of(cluster.split(" ")));
        command.addAll(List.of(action));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> pages(Path out) throws Exception {
        return new ObjectMapper().readValue(out.resolve(PageManifest.FILE_NAME).toFile(), PageManifest.class).pages().stream()
                .map(PageManifest.Page::url).toList();
    }
}
