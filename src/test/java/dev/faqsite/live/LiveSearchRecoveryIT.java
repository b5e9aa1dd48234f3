package dev.faqsite.live;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.LiveSite;
import dev.faqsite.cli.WatchServer;
import dev.faqsite.search.PagefindBinary;
import dev.faqsite.testing.Browser;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --watch} when Pagefind goes away mid-session: the author is told once, on the console, pages reload as
 * usual, and the next change starts a new Pagefind that indexes every page the preview holds, so that search catches up
 * without a rebuild; a Pagefind that cannot start is said at each change and tried once a change, never in a loop.
 */
class LiveSearchRecoveryIT {

    private static final String FIRST = ".search-page .search-results a[href='/faq/alpha/first/']";
    private static final String SECOND = ".search-page .search-results a[href='/faq/alpha/second/']";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aPagefindKilledBetweenEditsIsToldOnceAndTheNextEditIsSearchableAtOnce() throws Exception {
        Path source = site();
        try (WatchServer server = WatchServer.start(new BuildOptions(source, folder.resolve("out"), false), "127.0.0.1", 0,
                List.of(), console(out), console(err));
             Browser browser = Browser.open(true)) {
            List<ProcessHandle> started = pagefinds();
            assertEquals(1, started.size(), started.toString());
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(server.uri().resolve("/search/?q=quokka").toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".search-page .search-results"), "No results"));
            wait.until(d -> driver.executeScript("return window.faqsiteSearchGeneration !== undefined")); // listening

            ProcessHandle killed = started.get(0);
            assertTrue(killed.destroyForcibly());
            killed.onExit().get(10, TimeUnit.SECONDS);
            edit(source.resolve("content/faq/alpha/first.md"), "The first answer", "The first answer, about the quokka");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(FIRST)));
            assertEquals("faqsite: Pagefind stopped (exit 137); a new Pagefind indexed every page again\n", text(err));

            edit(source.resolve("content/faq/alpha/second.md"), "The second answer.", "The second answer, in zanzibar.");
            await(() -> text(out).split("Search index updated", -1).length == 3, "the second edit indexed: " + text(out));
            driver.get(server.uri().resolve("/search/?q=zanzibar").toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(SECOND)));
            assertEquals(1, text(err).lines().count(), "told once: " + text(err));
            List<ProcessHandle> now = pagefinds();
            assertEquals(1, now.size(), "one Pagefind runs, no more: " + now);
            assertNotEquals(killed.pid(), now.get(0).pid());
        }
    }

    @Test
    void aPagefindThatCannotStartIsToldAtEachChangeAndTriedOnceAChangeUntilItStarts() throws Exception {
        Path source = site();
        // the site's own node_modules comes first in the search for Pagefind: the fakes stand there
        Path fake = source.resolve("node_modules/.bin/pagefind");
        Path starts = folder.resolve("starts.log");
        script(fake, "#!/nonexistent/shell\n");
        try (LiveSite live = LiveSite.start(new BuildOptions(source, folder.resolve("out"), false))) {
            LiveSite.SearchRefresh first = live.refreshSearch();
            String note = first.note().orElseThrow();
            assertTrue(note.startsWith("search index not updated: cannot start Pagefind: Cannot run program \"" + fake + "\""), note);
            assertTrue(note.endsWith("; the next change tries again"), note);
            assertEquals(0, first.generation());

            script(fake, "#!/bin/sh\necho started >> '" + starts + "'\nexit 1\n"); // starts, then dies at once
            Path firstMd = edit(source.resolve("content/faq/alpha/first.md"), "The first answer", "The first answer, about the quokka");
            assertTrue(live.apply(List.of(firstMd)).ok());
            assertEquals(Optional.of("search index not updated: Pagefind stopped (exit 1); the next change starts a new Pagefind, "
                    + "which indexes every page again"), live.refreshSearch().note());
            assertEquals(List.of("started"), Files.readAllLines(starts), "one start for one change");

            Path real = PagefindBinary.find(Sites.repository(), Map.of()).orElseThrow(() -> new AssertionError("run npm ci"));
            script(fake, "#!/bin/sh\nexec '" + real + "' \"$@\"\n"); // as after 'npm ci'
            Path secondMd = edit(source.resolve("content/faq/alpha/second.md"), "The second answer.", "The second answer, in zanzibar.");
            assertTrue(live.apply(List.of(secondMd)).ok());
            LiveSite.SearchRefresh third = live.refreshSearch();
            assertEquals(Optional.empty(), third.note());
            assertEquals(1, third.generation());
            String indexed = indexed(folder.resolve("out"));
            assertTrue(indexed.contains("quokka") && indexed.contains("zanzibar"), "both edits are searchable");
        }
    }

    private Path site() throws IOException {
        Path source = Sites.copy(Sites.fixture("small"), folder.resolve("src"));
        Files.writeString(source.resolve("site.yml"), "search:\n  enabled: true\n", StandardOpenOption.APPEND);
        return source;
    }

    private static PrintStream console(ByteArrayOutputStream into) {
        return new PrintStream(into, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream printed) {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static Path edit(Path file, String from, String to) throws IOException {
        String before = Files.readString(file);
        assertTrue(before.contains(from), file.toString());
        return Files.writeString(file, before.replace(from, to));
    }

    private static void script(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        assertTrue(file.toFile().setExecutable(true));
    }

    /** The Pagefind processes this JVM started that are still running. */
    private static List<ProcessHandle> pagefinds() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("pagefind")).orElse(false))
                .toList();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(50);
        }
    }

    /** The text of every fragment of the site's index (gzipped, a page each). */
    private static String indexed(Path site) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> fragments = Files.list(site.resolve("pagefind/fragment"))) {
            for (Path fragment : fragments.toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(fragment))) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }
}
