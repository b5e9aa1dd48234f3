package dev.faqsite.bench;

import dev.faqsite.server.SiteServer;
import dev.faqsite.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a search costs the reader: serves a built site (gzip on, as faqsite serve does), opens a page in headless
 * Chromium, types each query into the navbar's box as a reader would, and counts what the server sent for it (bytes
 * on the wire through {@link CountingProxy}: compressed, headers included, the search worker's fetches too). The first query pays for the search engine (Pagefind's
 * script, worker and WebAssembly); later ones only for index chunks and the fragments of the pages shown.
 * Run by bench/search-bench.sh, never by the tests.
 *
 * <p>Usage: {@code SearchTransferBench SITE QUERY...}
 */
public final class SearchTransferBench {

    /** Milliseconds between keystrokes: about 50 words a minute. */
    private static final long TYPING_MS = Long.getLong("typing.ms", 200);

    private SearchTransferBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchTransferBench SITE QUERY...");
            System.exit(2);
        }
        List<String> queries = List.of(args).subList(1, args.length);
        try (SiteServer server = SiteServer.start(Path.of(args[0]), "127.0.0.1", 0);
             CountingProxy proxy = new CountingProxy(server.uri().getPort())) {
            String home = "http://127.0.0.1:" + proxy.port() + "/";
            System.out.println("first search in a fresh browser (the search engine included), then the same queries in one browser:");
            System.out.printf("%-22s %12s %12s   %s%n", "query", "first", "later", "results");
            long[] first = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                try (Browser browser = Browser.open(true)) {
                    browser.driver().get(home);
                    first[i] = search(browser.driver(), proxy, queries.get(i));
                }
            }
            try (Browser browser = Browser.open(true)) {
                browser.driver().get(home);
                search(browser.driver(), proxy, "warm up");
                for (int i = 0; i < queries.size(); i++) {
                    long later = search(browser.driver(), proxy, queries.get(i));
                    System.out.printf("%-22s %,10d B %,10d B   %s%n", "\"" + queries.get(i) + "\"", first[i], later,
                            browser.driver().findElement(By.cssSelector(".search-dropdown .search-status")).getAttribute("textContent"));
                }
            }
        }
    }

    /** Types the query into the navbar's box and returns the bytes the server sent until its results were shown. */
    private static long search(ChromeDriver driver, CountingProxy proxy, String query) throws InterruptedException {
        Thread.sleep(300);
        long before = proxy.received();
        WebElement box = driver.findElement(By.id("search-q"));
        box.click();
        // a reader typing at a steady pace (the box searches whenever typing pauses long enough)
        driver.executeAsyncScript("""
                var box = arguments[0], text = arguments[1], pace = arguments[2], done = arguments[3], i = 0;
                box.value = '';
                (function next() {
                  if (i === text.length) { done(); return; }
                  box.value = text.slice(0, ++i);
                  box.dispatchEvent(new Event('input', { bubbles: true }));
                  setTimeout(next, pace);
                }());
                """, box, query, TYPING_MS);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.cssSelector(".search-dropdown .search-status"))
                .getAttribute("textContent").endsWith(" for " + query));
        Thread.sleep(500); // let the last fragments land
        return proxy.received() - before;
    }
}
