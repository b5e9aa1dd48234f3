package dev.faqsite.build;

import dev.faqsite.model.SiteConfig;
import dev.faqsite.render.PageSink;
import dev.faqsite.search.PagefindBinary;
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
 */
final class LiveSearch implements AutoCloseable {

    /** Null while search is off, or Pagefind could not start or stopped (tried again at the next full rebuild). */
    private volatile ShardedIndex index;

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
     * Before a full rebuild: Pagefind is started when the site's search is on (and stopped when off), and the pages
     * are forgotten, to be fed again by the bake.
     *
     * @return why there is no index, when search is on but Pagefind cannot start
     */
    Optional<String> restart(SiteConfig config, Path source) {
        if (!config.search().enabled()) {
            close();
            return Optional.empty();
        }
        if (index != null) {
            index.reset();
            return Optional.empty();
        }
        Optional<Path> pagefind = PagefindBinary.find(source, System.getenv());
        if (pagefind.isEmpty()) {
            return Optional.of("Pagefind is not installed (run 'npm ci')");
        }
        try {
            index = ShardedIndex.start(pagefind.get());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot start Pagefind: " + e.getMessage());
        }
    }

    /**
     * After a full bake into {@code site}: the pages written without the renderer (redirects), then the whole index.
     *
     * @return what went wrong, if anything
     */
    Optional<String> publishAll(Path site) {
        ShardedIndex now = index;
        if (now == null) {
            return Optional.empty();
        }
        try {
            SiteHtml.addUnknown(site, now::contains, now::put);
        } catch (IOException e) {
            return Optional.of("cannot read the site: " + e.getMessage());
        }
        return publish(site);
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

    /** Whether an edit left something to publish. */
    boolean isDirty() {
        ShardedIndex now = index;
        return now != null && now.isDirty();
    }

    /**
     * Re-indexes the shards changed since the last publish, into the published site.
     *
     * @return what went wrong, if anything
     */
    Optional<String> publish(Path site) {
        ShardedIndex now = index;
        if (now == null) {
            return Optional.empty();
        }
        try {
            now.publish(site);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot write the search index: " + e.getMessage());
        } catch (SearchIndexException e) {
            close(); // a Pagefind that stopped is started again with the next full rebuild
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public void close() {
        ShardedIndex now = index;
        index = null;
        if (now != null) {
            now.close();
        }
    }
}
