package dev.faqsite.search;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview's index, in shards of two pages here so that a handful of pages makes several: an edit re-indexes
 * only its page's shard, a search mid-way can still read the previous generation, the shard list follows the site, and
 * a publish Pagefind dies in is made whole by the next Pagefind from the pages the index keeps.
 */
class ShardedIndexIT {

    @TempDir
    Path site;

    private static PagefindService service() throws IOException {
        return PagefindService.start(PagefindBinary.find(Sites.repository(), Map.of()).orElseThrow(() -> new AssertionError("run npm ci")));
    }

    private static String page(String title, String text) {
        return "<!DOCTYPE html><html lang=\"en\"><body><nav>menu</nav><article data-pagefind-body><h1>" + title + "</h1><p>"
                + text + "</p></article></body></html>";
    }

    private static String path(int i) {
        return "faq/c/page-" + i + "/index.html";
    }

    @Test
    void anEditedPageReindexesOnlyItsShardAndThePreviousFilesStayForOnePublish() throws Exception {
        ShardedIndex index = new ShardedIndex(2);
        try (PagefindService pagefind = service()) {
            for (int i = 0; i < 6; i++) {
                index.put(path(i), page("Page " + i, "plain words"));
            }
            assertEquals(Set.of(0, 1, 2), index.publish(site, pagefind));
            assertEquals("{\"generation\":1,\"bundles\":[\"/pagefind/shard-1/\",\"/pagefind/shard-2/\"]}",
                    Files.readString(site.resolve("pagefind/shards.json")));
            assertFalse(index.isDirty());

            int shard = Math.floorMod(path(4).hashCode(), 3);
            Path folder = ShardedIndex.folder(site.resolve("pagefind"), shard);
            Set<String> first = index.lastFiles(shard);
            index.put(path(4), page("Page 4", "the first edit says zanzibar"));
            index.put(path(5), page("Page 5", "plain words")); // written again unchanged: no shard to index
            assertEquals(Set.of(shard), index.publish(site, pagefind));
            assertTrue(urls(folder, index.lastFiles(shard)).contains("/faq/c/page-4/"));
            assertTrue(text(folder, index.lastFiles(shard)).contains("zanzibar"));
            assertTrue(first.stream().allMatch(f -> Files.exists(folder.resolve(f))), "the previous generation stays");

            index.put(path(4), page("Page 4", "the second edit says quokka"));
            index.publish(site, pagefind);
            Set<String> gone = new TreeSet<>(first);
            gone.removeAll(index.lastFiles(shard));
            assertFalse(gone.isEmpty());
            assertTrue(gone.stream().noneMatch(f -> Files.exists(folder.resolve(f))), "two generations back is deleted: " + gone);
            assertTrue(Files.exists(folder.resolve("pagefind-entry.json")));
        }
    }

    @Test
    void aRemovedPageIsGoneFromItsShardsIndex() throws Exception {
        ShardedIndex index = new ShardedIndex(2);
        try (PagefindService pagefind = service()) {
            for (int i = 0; i < 4; i++) {
                index.put(path(i), page("Page " + i, "words of page " + i));
            }
            index.publish(site, pagefind);
            int shard = Math.floorMod(path(3).hashCode(), 2);
            Path folder = ShardedIndex.folder(site.resolve("pagefind"), shard);
            assertTrue(urls(folder, index.lastFiles(shard)).contains("/faq/c/page-3/"));

            index.remove(path(3));
            assertEquals(Set.of(shard), index.publish(site, pagefind));
            assertFalse(urls(folder, index.lastFiles(shard)).contains("/faq/c/page-3/"));
        }
    }

    @Test
    void theShardsAreCountedAgainWhenTheSiteMoreThanDoublesOrHalves() throws Exception {
        ShardedIndex index = new ShardedIndex(2);
        try (PagefindService pagefind = service()) {
            for (int i = 0; i < 4; i++) {
                index.put(path(i), page("Page " + i, "words"));
            }
            index.publish(site, pagefind);
            assertEquals(2, index.shardCount());
            index.put(path(4), page("Page 4", "words"));
            index.publish(site, pagefind);
            assertEquals(2, index.shardCount(), "five pages in two shards of two: not yet doubled");

            for (int i = 5; i < 9; i++) {
                index.put(path(i), page("Page " + i, "words"));
            }
            assertEquals(Set.of(0, 1, 2, 3, 4), index.publish(site, pagefind));
            for (int i = 2; i < 9; i++) {
                index.remove(path(i));
            }
            index.publish(site, pagefind);
            assertEquals(1, index.shardCount());
            assertEquals("{\"generation\":4,\"bundles\":[]}", Files.readString(site.resolve("pagefind/shards.json")));
            assertTrue(Files.isDirectory(site.resolve("pagefind/shard-4")), "a dropped shard stays for one publish");
            index.put(path(0), page("Page 0", "edited"));
            index.publish(site, pagefind);
            assertFalse(Files.exists(site.resolve("pagefind/shard-4")));
            assertTrue(urls(site.resolve("pagefind"), index.lastFiles(0)).contains("/faq/c/page-1/"));
        }
    }

    @Test
    void aPublishPagefindDiesInLeavesEveryShardToTheNextPagefindFromThePagesKept(@TempDir Path bin) throws Exception {
        ShardedIndex index = new ShardedIndex(2);
        for (int i = 0; i < 6; i++) {
            index.put(path(i), page("Page " + i, "plain words"));
        }
        try (PagefindService pagefind = service()) {
            index.publish(site, pagefind);
        }
        Path dying = bin.resolve("pagefind");
        Files.writeString(dying, "#!/bin/sh\n# takes the first byte of the first request, then dies\nhead -c 1 > /dev/null\nexit 3\n");
        assertTrue(dying.toFile().setExecutable(true));
        index.put(path(4), page("Page 4", "the edit says zanzibar"));
        try (PagefindService pagefind = PagefindService.start(dying)) {
            SearchIndexException stopped = assertThrows(SearchIndexException.class, () -> index.publish(site, pagefind));
            assertEquals("Pagefind stopped (exit 3)", stopped.getMessage());
            assertFalse(pagefind.isRunning());
        }
        assertTrue(index.isDirty(), "the edit is still to publish");
        assertEquals(1, index.generation());

        index.reindexAll();
        try (PagefindService pagefind = service()) {
            assertEquals(Set.of(0, 1, 2), index.publish(site, pagefind));
        }
        assertEquals("{\"generation\":2,\"bundles\":[\"/pagefind/shard-1/\",\"/pagefind/shard-2/\"]}",
                Files.readString(site.resolve("pagefind/shards.json")));
        int shard = Math.floorMod(path(4).hashCode(), 3);
        assertTrue(text(ShardedIndex.folder(site.resolve("pagefind"), shard), index.lastFiles(shard)).contains("zanzibar"));
        Set<String> all = new TreeSet<>();
        for (int k = 0; k < 3; k++) {
            all.addAll(urls(ShardedIndex.folder(site.resolve("pagefind"), k), index.lastFiles(k)));
        }
        assertEquals(6, all.size(), all.toString());
    }

    /** The URLs of the pages a generation's fragments hold (each fragment is gzipped JSON after a signature). */
    private static Set<String> urls(Path folder, Set<String> files) throws IOException {
        Set<String> urls = new TreeSet<>();
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("\"url\":\"([^\"]+)\"").matcher(text(folder, files));
        while (url.find()) {
            urls.add(url.group(1));
        }
        return urls;
    }

    private static String text(Path folder, Set<String> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : files) {
            if (file.startsWith("fragment/")) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(folder.resolve(file))))) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }
}
