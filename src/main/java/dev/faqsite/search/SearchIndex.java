package dev.faqsite.search;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One Pagefind index being built: pages are added as they are written (from any thread), then the index is written
 * out or handed back. Pagefind indexes the pages in the order they arrive while the caller goes on; a page it refuses
 * is remembered and reported when the index is written.
 */
public final class SearchIndex {

    private final PagefindService service;
    private final int id;
    private final Set<String> added = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> refused = new AtomicReference<>();

    private SearchIndex(PagefindService service, int id) {
        this.service = service;
        this.id = id;
    }

    /** A new, empty index in the service. */
    public static SearchIndex create(PagefindService service) {
        JsonNode created = join(service.sendAwaited(PagefindService.request("NewIndex").set("config", PagefindService.object())));
        return new SearchIndex(service, created.path("index_id").asInt());
    }

    /**
     * Adds a page, once: a path added again is ignored, and so is a file that is not HTML ({@code robots.txt}), as
     * Pagefind's command line looks only at {@code *.html}.
     *
     * @param sitePath the file's path under the site's root, with {@code /}: {@code faq/general/what/index.html}
     */
    public void add(String sitePath, String html) {
        if (sitePath.endsWith(".html")) {
            addPart(sitePath, IndexedPart.of(html));
        }
    }

    /** Adds a page already cut down by {@link IndexedPart#of}. */
    void addPart(String sitePath, String part) {
        if (!added.add(sitePath)) {
            return;
        }
        service.send(PagefindService.request("AddFile").put("index_id", id).put("file_path", sitePath)
                        .put("file_contents", part))
                .whenComplete((answer, failure) -> {
                    if (failure != null) {
                        refused.compareAndSet(null, sitePath + ": " + message(failure));
                    }
                });
    }

    /**
     * Adds every HTML page under {@code site} not added yet, as Pagefind's command line would find them ({@link SiteHtml}).
     */
    public void addRest(Path site) throws IOException {
        SiteHtml.addUnknown(site, added::contains, this::add);
    }

    /**
     * Writes the index into {@code folder} once every page sent so far is indexed.
     *
     * @return completes with empty on success, else what went wrong
     */
    public CompletableFuture<Optional<String>> writeTo(Path folder) {
        return service.sendAwaited(PagefindService.request("WriteFiles").put("index_id", id)
                        .put("output_path", folder.toAbsolutePath().toString()))
                .handle((answer, failure) -> failure != null ? Optional.of(message(failure)) : Optional.ofNullable(refused.get()));
    }

    /** The index's files, by their path under the index's folder, once every page sent so far is indexed. */
    public Map<String, byte[]> files() {
        JsonNode answer = join(service.sendAwaited(PagefindService.request("GetFiles").put("index_id", id)));
        if (refused.get() != null) {
            throw new SearchIndexException(refused.get());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (JsonNode file : (Iterable<JsonNode>) answer.path("files")::elements) {
            files.put(file.path("path").asText(), PagefindService.decode(file.path("content")));
        }
        return files;
    }

    /** Frees the index in the service (a live preview makes a new one for every change). */
    public void delete() {
        join(service.sendAwaited(PagefindService.request("DeleteIndex").put("index_id", id)));
    }

    private static JsonNode join(CompletableFuture<JsonNode> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof SearchIndexException known ? known : new SearchIndexException(message(e));
        }
    }

    private static String message(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return String.valueOf(cause.getMessage());
    }
}
