package dev.faqsite.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The live preview's search index, kept up to date after each edit within a second at 1,000 pages. Re-indexing every
 * page takes Pagefind about 1.6 ms a page, so the pages are split into shards of about {@value #PAGES_PER_SHARD},
 * each its own Pagefind bundle, and an edit re-indexes only the shards it touched: shard 0 is the primary bundle at
 * {@code /pagefind/}, shard k lies at {@code /pagefind/shard-k/} (below the primary, never equal to it, or Pagefind's
 * {@code mergeIndex} skips it), and {@code /pagefind/shards.json} lists the extra bundles for the preview's search
 * to merge. A page keeps its shard by a hash of its path; the shards are counted again only when the site has more
 * than doubled or halved. Production builds keep one bundle (this class is for the preview only).
 *
 * <p>Why {@value #PAGES_PER_SHARD}: measured at 1,000 pages on 2 busy cores, shards of 100 pages took the server
 * 0.5–1 s to re-index beside the browser's reload; shards of 50 take about half that, and the browser merges the 20
 * bundles in parallel in less than it saves; with shards of 25 the browser's 80 requests (6 at a time over HTTP/1.1)
 * cost more than the smaller shard saves.
 *
 * <p>Files are replaced atomically, {@code pagefind-entry.json} last; the files of the previous generation of a shard
 * stay one publish longer, for a browser that is reading them mid-search. Thread-safe: {@link #put} is called from
 * every rendering thread; a publish holds the lock while Pagefind indexes.
 *
 * <p>Pagefind is handed to each publish, not kept: it holds nothing between publishes (a shard is a new index in it,
 * deleted once written) and the pages are kept here, so a Pagefind that stopped is replaced without a bake.
 */
public final class ShardedIndex {

    static final int PAGES_PER_SHARD = 50;
    static final String SHARDS_FILE = "shards.json";
    private static final String ENTRY = "pagefind-entry.json";
    private static final String BODY = "data-pagefind-body";

    private final int pagesPerShard;
    /** What Pagefind is sent of each page, by site path: {@code faq/a/b/index.html}. */
    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, Boolean> marked = new HashMap<>();
    private int markedCount;
    private boolean anyMarkedWhenPublished;
    private int shards;
    private final BitSet dirty = new BitSet();
    private boolean allDirty = true;
    /** Per shard, the files of its last two publishes (older first), by path under its folder. */
    private final Map<Integer, List<Set<String>>> generations = new HashMap<>();
    /** Shard folders no longer listed: deleted one publish later, once no search can be reading them. */
    private final Set<Integer> retiring = new HashSet<>();
    /** Counts the publishes of the session (never reset): a page compares the one it loaded with the latest. */
    private long generation;

    ShardedIndex(int pagesPerShard) {
        this.pagesPerShard = pagesPerShard;
    }

    /** An empty index for the session. */
    public static ShardedIndex create() {
        return new ShardedIndex(PAGES_PER_SHARD);
    }

    /**
     * A page written, or written again: its shard is re-indexed at the next publish if what Pagefind reads changed.
     * Files that are not HTML are ignored.
     */
    public synchronized void put(String sitePath, String html) {
        if (!sitePath.endsWith(".html")) {
            return; // robots.txt, the sitemap: Pagefind's command line looks only at *.html
        }
        String part = IndexedPart.of(html);
        String before = pages.put(sitePath, part);
        if (part.equals(before)) {
            return;
        }
        boolean isMarked = part.contains(BODY);
        Boolean was = marked.put(sitePath, isMarked);
        markedCount += (isMarked ? 1 : 0) - (Boolean.TRUE.equals(was) ? 1 : 0);
        touch(sitePath, isMarked || Boolean.TRUE.equals(was));
    }

    /** A page gone from the site. */
    public synchronized void remove(String sitePath) {
        if (pages.remove(sitePath) != null) {
            boolean was = Boolean.TRUE.equals(marked.remove(sitePath));
            markedCount -= was ? 1 : 0;
            touch(sitePath, was);
        }
    }

    public synchronized boolean contains(String sitePath) {
        return pages.containsKey(sitePath);
    }

    /** The last publish's number, counted from 1 over the session; 0 before the first. */
    public synchronized long generation() {
        return generation;
    }

    /** Whether a publish has anything to write. */
    public synchronized boolean isDirty() {
        return allDirty || !dirty.isEmpty() || (markedCount > 0) != anyMarkedWhenPublished;
    }

    /**
     * Makes the next publish index every shard: after a Pagefind stopped mid-publish, whatever shards it wrote or did not
     * are replaced as a whole, from the pages kept here.
     */
    public synchronized void reindexAll() {
        allDirty = true;
    }

    /** Forgets the pages and the files written: the next publish goes into a new, empty site folder. */
    public synchronized void reset() {
        pages.clear();
        marked.clear();
        markedCount = 0;
        generations.clear();
        retiring.clear();
        dirty.clear();
        allDirty = true;
        shards = 0;
    }

    /** The shard of every page; a page without data-pagefind-body matters only when no page has one, as for Pagefind. */
    private void touch(String sitePath, boolean isMarked) {
        if (shards > 0 && (isMarked || markedCount == 0)) {
            dirty.set(shardOf(sitePath, shards));
        }
    }

    private static int shardOf(String sitePath, int count) {
        return Math.floorMod(sitePath.hashCode(), count);
    }

    /**
     * Indexes the shards changed since the last publish with {@code pagefind} and writes them under
     * {@code siteRoot/pagefind/}.
     *
     * @return the shards written (empty when nothing changed)
     * @throws SearchIndexException when Pagefind refuses a page or stopped; the shards stay to publish
     */
    public synchronized Set<Integer> publish(Path siteRoot, PagefindService pagefind) throws IOException {
        Set<Integer> justRetired = new HashSet<>();
        int wanted = Math.max(1, (pages.size() + pagesPerShard - 1) / pagesPerShard);
        if (shards == 0 || wanted > 2 * shards || 2 * wanted < shards) {
            for (int k = wanted; k < shards; k++) {
                generations.remove(k);
                justRetired.add(k);
            }
            shards = wanted;
            allDirty = true;
        }
        boolean anyMarked = markedCount > 0;
        if (anyMarked != anyMarkedWhenPublished) {
            allDirty = true;
        }
        BitSet todo = allDirty ? allShards() : (BitSet) dirty.clone();
        Map<Integer, Map<String, String>> byShard = new TreeMap<>();
        todo.stream().forEach(k -> byShard.put(k, new TreeMap<>()));
        pages.forEach((path, text) -> {
            int k = shardOf(path, shards);
            if (todo.get(k) && (!anyMarked || marked.get(path))) {
                byShard.get(k).put(path, text);
            }
        });
        Path root = siteRoot.resolve(PagefindBinary.OUTPUT);
        for (Map.Entry<Integer, Map<String, String>> shard : byShard.entrySet()) {
            write(root, shard.getKey(), index(pagefind, shard.getValue()));
        }
        generation++;
        writeShardList(root);
        for (int k : retiring) {
            if (k >= shards) {
                deleteTree(folder(root, k));
            }
        }
        retiring.clear();
        retiring.addAll(justRetired);
        dirty.clear();
        allDirty = false;
        anyMarkedWhenPublished = anyMarked;
        Set<Integer> written = new HashSet<>();
        todo.stream().forEach(written::add);
        return written;
    }

    /** The files of a shard's last publish. */
    synchronized Set<String> lastFiles(int shard) {
        List<Set<String>> kept = generations.getOrDefault(shard, List.of());
        return kept.isEmpty() ? Set.of() : kept.get(kept.size() - 1);
    }

    synchronized int shardCount() {
        return shards;
    }

    private BitSet allShards() {
        BitSet all = new BitSet();
        all.set(0, shards);
        return all;
    }

    private static Map<String, byte[]> index(PagefindService pagefind, Map<String, String> shardPages) {
        SearchIndex index = SearchIndex.create(pagefind);
        try {
            shardPages.forEach(index::addPart);
            return index.files();
        } finally {
            index.delete();
        }
    }

    static Path folder(Path root, int shard) {
        return shard == 0 ? root : root.resolve("shard-" + shard);
    }

    private void write(Path root, int shard, Map<String, byte[]> files) throws IOException {
        Path folder = folder(root, shard);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            // most files are the same in every publish (Pagefind's scripts, fragments named by their hash): kept
            if (!file.getKey().equals(ENTRY) && !(Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue()))) {
                replace(target, file.getValue());
            }
        }
        if (files.containsKey(ENTRY)) {
            replace(folder.resolve(ENTRY), files.get(ENTRY)); // last: it names the files written before it
        }
        List<Set<String>> kept = generations.computeIfAbsent(shard, k -> new ArrayList<>());
        kept.add(files.keySet());
        if (kept.size() > 2) {
            Set<String> stale = new HashSet<>(kept.remove(0));
            kept.forEach(stale::removeAll);
            for (String old : stale) {
                Files.deleteIfExists(folder.resolve(old));
            }
        }
    }

    /** The publish's generation and the extra bundles the preview's search merges, by URL path. */
    private void writeShardList(Path root) throws IOException {
        StringBuilder json = new StringBuilder("{\"generation\":" + generation + ",\"bundles\":[");
        for (int k = 1; k < shards; k++) {
            json.append(k > 1 ? "," : "").append("\"/").append(PagefindBinary.OUTPUT).append("/shard-").append(k).append("/\"");
        }
        replace(root.resolve(SHARDS_FILE), json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void replace(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
