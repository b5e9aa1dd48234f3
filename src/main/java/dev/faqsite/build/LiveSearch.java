package dev.faqsite.build;

import dev.faqsite.model.SiteConfig;
import dev.faqsite.render.PageSink;
import dev.faqsite.search.PagefindBinary;
import dev.faqsite.search.PagefindService;
import dev.faqsite.search.SearchIndexException;
import dev.faqsite.search.ShardedIndex;
import dev.faqsite.search.SiteHtml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The search index of a live preview: one Pagefind service for the session, fed every page the bake writes, so that
 * an edit is searchable in the open preview a moment after the page reloads. A full rebuild writes the whole index
 * with the site; an edit re-indexes only the shards of the pages it changed ({@link ShardedIndex}), published after
 * the reload so that the page does not wait for it. Called by {@link LiveSite} under its lock; the sink from every
 * rendering thread.
 *
 * <p>Pagefind may stop mid-session (killed, crashed, hung). The index keeps every page, so the next publish starts a
 * new Pagefind and indexes every page again, with no rebuild: a Pagefind found stopped before a publish costs that
 * publish nothing, one that stops during a publish fails it and is replaced by the next. Each is told once; a
 * Pagefind that cannot start is tried again at the next publish, never in a loop.
 */
final class LiveSearch implements AutoCloseable {

    private static final String NOT_UPDATED = "search index not updated: ";

    /** Null while search is off. */
    private volatile ShardedIndex index;
    /** Null until the first publish, and after Pagefind stopped: the next publish starts one. */
    private PagefindService pagefind;
    private Path source;
    /** What the last full rebuild's publish went through, told by the next {@link #publish}, which tries nothing then. */
    private String untold;

    /** Where the bake tells of every page it writes. */
    PageSink pages() {
        return (path, html) -> {
            ShardedIndex now = index;
            if (now != null) {
                now.put(path, html);
            }
        };
    }

    /**
     * Before a full rebuild: the index is kept when the site's search is on (and closed when off), and its pages are
     * forgotten, to be fed again by the bake. Pagefind is started by the first publish.
     */
    void restart(SiteConfig config, Path source) {
        untold = null;
        if (!config.search().enabled()) {
            close();
            return;
        }
        this.source = source;
        if (index == null) {
            index = ShardedIndex.create();
        } else {
            index.reset();
        }
    }

    /**
     * After a full bake into {@code site}: the pages written without the renderer (redirects), then the whole index.
     * What goes wrong is told by the next {@link #publish}, once the site is published.
     */
    void publishAll(Path site) {
        ShardedIndex now = index;
        if (now == null) {
            return;
        }
        try {
            SiteHtml.addUnknown(site, now::contains, now::put);
            untold = write(now, site).orElse(null);
        } catch (IOException e) {
            untold = NOT_UPDATED + "cannot read the site: " + e.getMessage();
        }
    }

    /** Pages whose URL vanished from the site (their folder's {@code index.html}). */
    void removed(Collection<String> urls) {
        ShardedIndex now = index;
        if (now != null) {
            urls.forEach(url -> {
                now.remove(url.substring(1) + "index.html");
                now.remove(url.substring(1) + "_sidebar.html");
            });
        }
    }

    /** The index's last publish, as {@code pagefind/shards.json} names it; 0 without search. */
    long generation() {
        ShardedIndex now = index;
        return now == null ? 0 : now.generation();
    }

    /** Whether an edit left something to publish, or the last full rebuild something to tell. */
    boolean isDirty() {
        ShardedIndex now = index;
        return untold != null || now != null && now.isDirty();
    }

    /**
     * Re-indexes the shards changed since the last publish, into the published site.
     *
     * @return what the author is told, once: why the index was not updated, or that a new Pagefind replaced one that
     *         had stopped
     */
    Optional<String> publish(Path site) {
        ShardedIndex now = index;
        if (untold != null || now == null) {
            Optional<String> told = Optional.ofNullable(untold);
            untold = null;
            return told;
        }
        return write(now, site);
    }

    private Optional<String> write(ShardedIndex now, Path site) {
        // found stopped since the last publish (killed, crashed): replaced before this publish, which then loses nothing
        Optional<String> stopped = Optional.ofNullable(pagefind).filter(p -> !p.isRunning()).map(PagefindService::whyStopped);
        if (stopped.isPresent()) {
            letGo(now);
        }
        if (pagefind == null) {
            try {
                pagefind = start();
            } catch (IOException e) {
                return Optional.of(NOT_UPDATED + "cannot start Pagefind: " + e.getMessage() + "; the next change tries again");
            }
        }
        try {
            now.publish(site, pagefind);
        } catch (IOException e) {
            return Optional.of(NOT_UPDATED + "cannot write the search index: " + e.getMessage());
        } catch (SearchIndexException e) {
            if (pagefind.isRunning()) {
                return Optional.of(NOT_UPDATED + e.getMessage()); // a refused page: its shard is tried again
            }
            letGo(now);
            return Optional.of(NOT_UPDATED + e.getMessage()
                    + "; the next change starts a new Pagefind, which indexes every page again");
        }
        return stopped.map(why -> why + "; a new Pagefind indexed every page again");
    }

    /** Looked for at each start: an {@code npm ci} run while the preview runs is found by the next change. */
    private PagefindService start() throws IOException {
        Path binary = PagefindBinary.find(source, System.getenv())
                .orElseThrow(() -> new IOException("Pagefind is not installed (run 'npm ci')"));
        return PagefindService.start(binary);
    }

    /** Every shard is indexed again by the next Pagefind: what a publish it stopped in left is replaced as a whole. */
    private void letGo(ShardedIndex now) {
        pagefind.close();
        pagefind = null;
        now.reindexAll();
    }

    @Override
    public void close() {
        index = null;
        untold = null;
        if (pagefind != null) {
            pagefind.close();
            pagefind = null;
        }
    }
}
