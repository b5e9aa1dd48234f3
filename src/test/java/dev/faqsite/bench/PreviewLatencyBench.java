package dev.faqsite.bench;

import dev.faqsite.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Save-to-browser latency of a live-preview server started as its user starts it (faqsite's {@code serve --watch},
 * Hugo's {@code hugo server}): the page open in a real Chromium, one answer's Markdown edited, the time from the save
 * until the page shows the edit. Both servers measured the same way, by bench/watch-vs-hugo.sh.
 *
 * <p>Usage: {@code PreviewLatencyBench LABEL PAGE_URL_PATH SOURCE_FILE EDITS LOG COMMAND...}: COMMAND starts the server
 * in the foreground, {@code {port}} in its arguments becomes a free loopback port; its output goes to LOG.
 *
 * <p>Unlike {@link LiveReloadBench}, whose WebDriverWait polls the page every 500 ms (so its figures are rounded up to
 * the next half second), this one polls every 20 ms.
 */
public final class PreviewLatencyBench {

    private static final Duration POLL = Duration.ofMillis(20);

    private PreviewLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        String page = args[1];
        Path file = Path.of(args[2]);
        int edits = Integer.parseInt(args[3]);
        Path log = Path.of(args[4]);
        String port = String.valueOf(freePort());
        List<String> command = Arrays.stream(args, 5, args.length).map(a -> a.replace("{port}", port)).toList();
        long started = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (Browser browser = Browser.open(true)) {
            URI uri = URI.create("http://127.0.0.1:" + port + page);
            awaitServing(uri, server, log);
            System.out.printf(Locale.ROOT, "%s: initial build and start: %.1f s%n", label, (System.nanoTime() - started) / 1e9);
            ChromeDriver driver = browser.driver();
            driver.get(uri.toString());
            List<Long> millis = timeEdits(driver, file, edits);
            Collections.sort(millis);
            System.out.println(label + ": median " + millis.get(millis.size() / 2) + " ms, max "
                    + millis.get(millis.size() - 1) + " ms over " + millis.size() + " edits");
        } finally {
            server.destroy(); // SIGTERM: both servers shut down on it
            server.waitFor();
        }
    }

    /**
     * Appends a new marker line to {@code file} {@code edits} times and times each until the open page's main element
     * shows it. The file gets its text back afterwards.
     *
     * <p>The pause before each save is 0.5 to 1 s, drawn at random (seeded): Hugo hands file events to its rebuild on
     * a fixed 500 ms tick, so a save waits 0 to 500 ms for it depending on when in the tick it lands; a fixed pause
     * could land every save at about the same point of the tick and measure one point of that range instead of all.
     */
    private static List<Long> timeEdits(ChromeDriver driver, Path file, int edits) throws IOException, InterruptedException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), POLL);
        String original = Files.readString(file);
        List<Long> millis = new ArrayList<>();
        Random pauses = new Random(16);
        try {
            for (int i = 1; i <= edits; i++) {
                Thread.sleep(500 + pauses.nextInt(500)); // the previous reload settles, as a writer pauses between saves
                String marker = "bench-edit-" + i + "-" + System.nanoTime();
                long t0 = System.nanoTime();
                Files.writeString(file, original + "\n" + marker + "\n");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), marker));
                millis.add((System.nanoTime() - t0) / 1_000_000);
                System.out.println("edit " + i + ": " + millis.get(millis.size() - 1) + " ms from save to the page showing it");
            }
        } finally {
            Files.writeString(file, original);
        }
        return millis;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the server has built the site and serves the page (up to three minutes), else fails with its log. */
    private static void awaitServing(URI uri, Process server, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
                connection.setConnectTimeout(1000);
                int status = connection.getResponseCode();
                try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                    if (body != null) {
                        body.transferTo(OutputStream.nullOutputStream());
                    }
                }
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not serve " + uri + ":\n" + Files.readString(log));
    }
}
