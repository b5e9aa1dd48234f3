package dev.faqsite.bench;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.cli.WatchServer;
import dev.faqsite.testing.Browser;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * Save-to-browser latency of {@code serve --watch}: edits one answer of a site and times, from the save, until the open
 * answer page in a real Chromium shows the edit (watcher, incremental rebuild, live-reload event, page reload) and
 * until an open search page for a word new to the site lists the answer (with search on: the index is published
 * after the reload). Both windows are polled in turn, every few milliseconds. Run by bench/watch-bench.sh.
 *
 * <p>Usage: {@code LiveReloadBench SITE PAGE_URL_PATH SOURCE_FILE [EDITS]}
 */
public final class LiveReloadBench {

    private static final long TIMEOUT_NANOS = 30_000_000_000L;

    private static volatile long saved = System.nanoTime();

    private LiveReloadBench() {
    }

    /** The server's console, each line stamped with the time since the last save: where the time goes. */
    private static PrintStream sinceSave() {
        return new PrintStream(new java.io.OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b != '\n') {
                    line.write(b);
                    return;
                }
                System.out.printf(Locale.ROOT, "  [server, %d ms after the save] %s%n", (System.nanoTime() - saved) / 1_000_000, line);
                line.reset();
            }
        }, true);
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        String page = args[1];
        Path file = site.resolve(args[2]);
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        boolean search = Files.readString(site.resolve("site.yml")).matches("(?s).*\\nsearch:\\s*\\n\\s+enabled:\\s*true.*");
        java.util.logging.LogManager.getLogManager().reset(); // OrientDB's start-up chatter
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Path out = Files.createTempDirectory("faqsite-watch-bench");
        long started = System.nanoTime();
        try (WatchServer server = WatchServer.start(new BuildOptions(site, out.resolve("site"), false), "127.0.0.1", 0,
                List.of(), sinceSave(), quiet);
             Browser browser = Browser.open(true)) {
            System.out.printf(Locale.ROOT, "initial build and start: %.1f s%n", (System.nanoTime() - started) / 1e9);
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(server.uri().resolve(page).toString());
            String answerWindow = driver.getWindowHandle();
            String searchWindow = null;
            if (search) {
                driver.switchTo().newWindow(WindowType.WINDOW);
                searchWindow = driver.getWindowHandle();
            }
            String original = Files.readString(file);
            List<Long> shown = new ArrayList<>();
            List<Long> found = new ArrayList<>();
            java.util.Random random = new java.util.Random();
            try {
                for (int i = 1; i <= edits; i++) {
                    String marker = word(random);
                    if (search) {
                        driver.switchTo().window(searchWindow);
                        driver.get(server.uri().resolve("/search/?q=" + marker).toString());
                        // Pagefind also lists near matches of a new word: the search has run, without the answer
                        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                                "var s = document.querySelector('.search-page .search-status');"
                                        + "return !!s && s.textContent.length > 0")));
                        if (Boolean.TRUE.equals(driver.executeScript(searchLists(page)))) {
                            throw new IllegalStateException("the answer is listed before the edit");
                        }
                    }
                    Thread.sleep(500); // the pages' event streams open, the watcher settles
                    long t0 = System.nanoTime();
                    saved = t0;
                    Files.writeString(file, original + "\n" + marker + "\n");
                    long[] took = poll(driver, answerWindow, searchWindow, page, marker, t0);
                    shown.add(took[0]);
                    String line = "edit " + i + ": " + took[0] + " ms from save to the page showing it";
                    if (search) {
                        found.add(took[1]);
                        line += ", " + took[1] + " ms to the open search page listing it";
                    }
                    System.out.println(line);
                }
            } finally {
                Files.writeString(file, original);
            }
            report("save to page", shown);
            if (search) {
                report("save to search", found);
            }
        }
    }

    /** Milliseconds from {@code t0} until the answer window shows the marker, and the search window lists the page. */
    private static long[] poll(ChromeDriver driver, String answerWindow, String searchWindow, String page, String marker,
                               long t0) throws InterruptedException {
        long[] took = {-1, searchWindow == null ? 0 : -1};
        String answerShows = "var m = document.querySelector('main'); return !!m && m.textContent.indexOf('" + marker + "') >= 0";
        while (took[0] < 0 || took[1] < 0) {
            if (System.nanoTime() - t0 > TIMEOUT_NANOS) {
                throw new IllegalStateException("not seen within 30 s: " + (took[0] < 0 ? "the page" : "the search result"));
            }
            if (took[0] < 0 && holds(driver, answerWindow, answerShows)) {
                took[0] = (System.nanoTime() - t0) / 1_000_000;
            }
            if (took[1] < 0 && holds(driver, searchWindow, searchLists(page))) {
                took[1] = (System.nanoTime() - t0) / 1_000_000;
            }
            Thread.sleep(5);
        }
        return took;
    }

    /** A word new to the site, and far from any other: Pagefind also lists near matches. */
    private static String word(java.util.Random random) {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String searchLists(String page) {
        return "return !!document.querySelector(\".search-page .search-results a[href='" + page + "']\")";
    }

    private static boolean holds(ChromeDriver driver, String window, String script) {
        try {
            driver.switchTo().window(window);
            return Boolean.TRUE.equals(driver.executeScript(script));
        } catch (RuntimeException reloading) {
            return false; // the page is being replaced: asked again on the next round
        }
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.println(what + ": median " + sorted.get(sorted.size() / 2) + " ms, max " + sorted.get(sorted.size() - 1) + " ms");
    }
}
