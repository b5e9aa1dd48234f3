package dev.faqsite.build;

import dev.faqsite.render.PageSink;
import dev.faqsite.search.PagefindBinary;
import dev.faqsite.search.PagefindService;
import dev.faqsite.search.SearchIndex;
import dev.faqsite.search.SearchIndexException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The search index of one build: Pagefind's service, started with the build, indexes each page as soon as it is
 * rendered (on its own thread, beside the rendering), then the pages written without the renderer (redirects), and
 * writes the index into the site at the end. A site without search gets one that does nothing.
 */
final class SiteSearch implements AutoCloseable {

    private final Optional<PagefindService> service;
    private final Optional<SearchIndex> index;
    private final Optional<String> failure;

    private SiteSearch(Optional<PagefindService> service, Optional<SearchIndex> index, Optional<String> failure) {
        this.service = service;
        this.index = index;
        this.failure = failure;
    }

    static SiteSearch off() {
        return new SiteSearch(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Starts Pagefind; a Pagefind that cannot start is reported when the index is asked for, with the checks. */
    static SiteSearch start(Path binary) {
        PagefindService service = null;
        try {
            service = PagefindService.start(binary);
            return new SiteSearch(Optional.of(service), Optional.of(SearchIndex.create(service)), Optional.empty());
        } catch (IOException | SearchIndexException e) {
            if (service != null) {
                service.close();
            }
            return new SiteSearch(Optional.empty(), Optional.empty(), Optional.of("cannot start Pagefind: " + e.getMessage()));
        }
    }

    /** Where the bake tells of each page it writes. */
    PageSink pages() {
        return index.<PageSink>map(i -> i::add).orElse(PageSink.NONE);
    }

    /**
     * Indexes the site's pages not indexed yet and writes the index into it, under {@link PagefindBinary#OUTPUT}.
     *
     * @return completes with empty on success (or without search), else what went wrong
     */
    CompletableFuture<Optional<String>> finish(Path site) throws IOException {
        if (failure.isPresent()) {
            return CompletableFuture.completedFuture(failure);
        }
        if (index.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        index.get().addRest(site);
        return index.get().writeTo(site.resolve(PagefindBinary.OUTPUT));
    }

    @Override
    public void close() {
        service.ifPresent(PagefindService::close);
    }
}
