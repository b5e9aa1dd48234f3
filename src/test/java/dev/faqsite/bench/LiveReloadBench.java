package dev.faqsite.bench;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.cli.WatchServer;
import dev.faqsite.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Save-to-browser latency of {@code serve --watch}: edits one answer of a site, times until the open page in a real
 * Chromium shows the edit (watcher, incremental rebuild, live-reload event, page reload). Run by bench/watch-bench.sh.
 *
 * <p>Usage: {@code LiveReloadBench SITE PAGE_URL_PATH SOURCE_FILE [EDITS]}
 */
public final class LiveReloadBench {

    private LiveReloadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        String page = args[1];
        Path file = site.resolve(args[2]);
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        java.util.logging.LogManager.getLogManager().reset(); // OrientDB's start-up chatter
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Path out = Files.createTempDirectory("faqsite-watch-bench");
        long started = System.nanoTime();
        try (WatchServer server = WatchServer.start(new BuildOptions(site, out.resolve("site"), false), "127.0.0.1", 0,
                List.of(), quiet, quiet);
             Browser browser = Browser.open(true)) {
            System.out.printf(Locale.ROOT, "initial build and start: %.1f s%n", (System.nanoTime() - started) / 1e9);
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(server.uri().resolve(page).toString());
            String original = Files.readString(file);
            List<Long> millis = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                Thread.sleep(500);
                String marker = "edit-marker-" + i;
                long t0 = System.nanoTime();
                Files.writeString(file, original + "\n" + marker + "\n");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), marker));
                long took = (System.nanoTime() - t0) / 1_000_000;
                millis.add(took);
                System.out.println("edit " + i + ": " + took + " ms from save to the page showing it");
            }
            Files.writeString(file, original);
            Collections.sort(millis);
            System.out.println("median: " + millis.get(millis.size() / 2) + " ms, max: " + millis.get(millis.size() - 1) + " ms");
        }
    }
}
