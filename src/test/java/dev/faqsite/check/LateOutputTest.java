package dev.faqsite.check;

import dev.faqsite.model.CheckSettings;
import dev.faqsite.render.RenderedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search index is written while the pages are checked: links into it are judged once it is complete. */
class LateOutputTest {

    @TempDir
    Path site;

    private List<String> check(CompletableFuture<Void> written) throws Exception {
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html lang="en"><head><title>Home</title><meta name="description" content="Home page">
                <link rel="canonical" href="https://docs.example.test/">
                <link rel="stylesheet" href="/search/ui.css"><script src="/search/ui.js"></script></head>
                <body><main><h1>Home</h1></main></body></html>""");
        RenderedPage home = new RenderedPage("/", "index.html", "home.ftl", Optional.empty(), List.of(), List.of(), Set.of());
        SiteChecker checker = new SiteChecker(CheckSettings.STRICT, "https://docs.example.test", List.of());
        return checker.check(site, List.of(home), new SiteChecker.LateOutput("search/", written)).problems().stream()
                .map(p -> p.message() + " [" + p.rule() + "]").toList();
    }

    @Test
    void waitsForTheLateFolderBeforeJudgingLinksIntoIt() throws Exception {
        CompletableFuture<Void> written = new CompletableFuture<>();
        Thread indexer = new Thread(() -> {
            try {
                // writes the folder only once the check is waiting for it: a check that does not wait sees nothing
                while (written.getNumberOfDependents() == 0) {
                    Thread.sleep(5);
                }
                Files.createDirectories(site.resolve("search"));
                Files.writeString(site.resolve("search/ui.css"), "");
                Files.writeString(site.resolve("search/ui.js"), "");
                written.complete(null);
            } catch (Exception e) {
                written.completeExceptionally(e);
            }
        });
        indexer.setDaemon(true);
        indexer.start();
        assertEquals(List.of(), check(written));
    }

    @Test
    void reportsWhatTheLateFolderNeverGot() throws Exception {
        CompletableFuture<Void> written = new CompletableFuture<>();
        Files.createDirectories(site.resolve("search"));
        Files.writeString(site.resolve("search/ui.css"), "");
        written.complete(null);
        assertEquals(List.of("missing file /search/ui.js [missing-file]"), check(written));
    }
}
