package dev.faqsite.search;

import dev.faqsite.build.BuildResult;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index a build makes through Pagefind's service, fed the pages cut down as they are rendered, holds exactly what
 * Pagefind's command line indexes from the finished site: every fragment file (named by a hash of the page's indexed
 * text, title, category, anchors and URL) is the same.
 */
class SearchIndexIT {

    @TempDir
    Path tmp;

    private static Path pagefind() {
        return PagefindBinary.find(Sites.repository(), Map.of()).orElseThrow(() -> new AssertionError("run npm ci"));
    }

    @Test
    void theShippedSitesIndexHoldsWhatPagefindsCommandLineIndexesFromTheSamePages() throws Exception {
        Path out = tmp.resolve("site");
        BuildResult built = Sites.build(Sites.repository(), out);
        assertEquals(BuildResult.Status.BUILT, built.status(), Sites.problems(built));

        Path again = Sites.copy(out, tmp.resolve("cli"));
        deleteTree(again.resolve("pagefind"));
        Process cli = new ProcessBuilder(pagefind().toString(), "--site", again.toString(), "--output-subdir", "pagefind", "--silent")
                .inheritIO().start();
        assertEquals(0, cli.waitFor());

        Set<String> fragments = names(out.resolve("pagefind/fragment"));
        assertTrue(fragments.size() >= 40, "fragments: " + fragments.size());
        assertEquals(names(again.resolve("pagefind/fragment")), fragments);
        assertEquals(pageCount(again), pageCount(out));
    }

    @Test
    void pagesAreIndexedInMemoryAndARefusedRequestSaysWhatPagefindSaid() throws Exception {
        try (PagefindService service = PagefindService.start(pagefind())) {
            SearchIndex index = SearchIndex.create(service);
            index.add("faq/keys/refused/index.html", "<html lang=\"en\"><body><main data-pagefind-body><h1>Refused keys</h1>"
                    + "<p>A new key reaches every region within minutes.</p></main></body></html>");
            Map<String, byte[]> files = index.files();
            assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("fragment/")), files.keySet().toString());
            assertTrue(files.containsKey("pagefind-entry.json"), files.keySet().toString());
            index.delete();
            SearchIndexException refused = org.junit.jupiter.api.Assertions.assertThrows(SearchIndexException.class, index::files);
            assertFalse(refused.getMessage().isBlank());
        }
    }

    @Test
    void aPagefindThatNeverAnswersFailsTheIndexInsteadOfHangingTheBuild() throws Exception {
        Path hung = tmp.resolve("pagefind");
        Files.writeString(hung, "#!/bin/sh\n# reads every request and answers none\ncat > /dev/null\n");
        assertTrue(hung.toFile().setExecutable(true));
        try (PagefindService service = PagefindService.start(hung, java.time.Duration.ofSeconds(1))) {
            SearchIndexException failed = org.junit.jupiter.api.Assertions.assertThrows(SearchIndexException.class,
                    () -> SearchIndex.create(service));
            assertEquals("Pagefind did not answer NewIndex within 1 s", failed.getMessage());
            assertFalse(service.isRunning(), "a hung Pagefind counts as stopped, for its keeper to replace");
        }
    }

    private static Set<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String pageCount(Path site) throws Exception {
        String entry = Files.readString(site.resolve("pagefind/pagefind-entry.json"));
        return entry.replaceAll(".*\"page_count\":(\\d+).*", "$1");
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
