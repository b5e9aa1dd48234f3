package dev.faqsite.build;

import dev.faqsite.content.SiteConfigReader;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.diag.Timings;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.model.SiteContent;
import dev.faqsite.render.RenderScope;
import dev.faqsite.render.RenderedPage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A published site kept up to date while its sources change ({@code serve --watch}). JBake stays open between
 * changes; a change re-crawls only the files that changed and renders only the pages it affects — the page itself,
 * its category page when its description changed, the site-wide lists — or every page when the navigation (a title,
 * an order, a category, a page added or removed), a template, an asset or the config changed ({@link AffectedPages}).
 * Pages of deleted sources are removed. A change that breaks the build leaves the last good site being served.
 */
public final class LiveSite implements AutoCloseable {

    /**
     * What one change did.
     *
     * @param ok       whether the site now reflects the sources
     * @param problems what is wrong (errors keep the last good site), or warnings
     * @param rendered the site paths written again
     * @param removed  the site paths removed
     * @param elapsed  from the change to the site written
     */
    public record Change(boolean ok, List<Problem> problems, Set<String> rendered, Set<String> removed, Duration elapsed) {
    }

    /**
     * What a search refresh did.
     *
     * @param generation the index's, which open pages compare with the one they searched (0 without search)
     * @param note       for the author, told once: why the index was not updated, or that a new Pagefind replaced one
     *                   that had stopped
     */
    public record SearchRefresh(long generation, Optional<String> note) {
    }

    private final BuildOptions options;
    private final Path out;
    private final Path work;
    private Optional<Bake> session = Optional.empty();
    private NavTree published;
    private final AffectedPages affected = new AffectedPages();
    private List<Problem> failing = List.of();
    private List<Problem> startWarnings = List.of();
    private final LiveSearch search = new LiveSearch();

    private LiveSite(BuildOptions options, Path work) {
        this.options = options;
        this.out = options.out().toAbsolutePath().normalize();
        this.work = work;
    }

    /** Builds and publishes the site, keeping JBake open for the changes to come. */
    public static LiveSite start(BuildOptions options) throws Exception {
        Path out = options.out().toAbsolutePath().normalize();
        Files.createDirectories(out.getParent());
        LiveSite site = new LiveSite(options, Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".live-"));
        Change first = site.rebuildAll();
        site.startWarnings = first.ok() ? first.problems() : List.of();
        return site;
    }

    /** The warnings of the build {@link #start} made, when it succeeded (its errors are {@link #failing}). */
    public synchronized List<Problem> startWarnings() {
        return startWarnings;
    }

    /** The problems of the last change when it failed; empty when the site is up to date. */
    public synchronized List<Problem> failing() {
        return failing;
    }

    /** Applies changed source files (added, modified or deleted) to the published site. */
    public synchronized Change apply(Collection<Path> changed) throws Exception {
        long started = System.nanoTime();
        Path source = options.source().toAbsolutePath().normalize();
        boolean config = changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(source.resolve(SiteConfigReader.FILE_NAME)));
        boolean templates = changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(source.resolve("templates")));
        List<Path> content = changed.stream().filter(p -> p.toAbsolutePath().normalize().startsWith(source.resolve("content"))).toList();
        if (config || session.isEmpty()) {
            return rebuildAll();
        }
        Problems problems = new Problems();
        Bake bake = session.get();
        if (templates && !bake.reloadTemplates(problems)) {
            return failed(problems, started);
        }
        Optional<SiteContent> now = content.isEmpty() ? Optional.empty() : bake.reread(content, problems);
        if (!content.isEmpty() && now.isEmpty()) {
            return failed(problems, started);
        }
        NavTree tree = now.map(SiteContent::tree).orElse(published);
        Map<String, CategoryText> texts = affected.texts();
        if (!RedirectPages.declared(published, texts).equals(RedirectPages.declared(tree, now.map(SiteContent::texts).orElse(texts)))) {
            return rebuildAll(); // redirect pages are checked against the whole site: written with it
        }
        // after a failed change the last good site may lag behind more than this change: render it all
        RenderScope scope = templates || !failing.isEmpty() ? RenderScope.ALL : affected.of(published, tree, now);
        List<RenderedPage> pages = bake.render(scope, out, problems);
        if (problems.hasErrors()) {
            return failed(problems, started);
        }
        Set<String> removed = removeVanished(published, tree);
        search.removed(removed);
        published = tree;
        affected.published(now, pages);
        failing = List.of();
        Set<String> rendered = new HashSet<>();
        pages.forEach(p -> rendered.add(p.url()));
        return new Change(true, problems.sorted(), rendered, removed, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The search index's generation that will have the last changes, when they are not published yet; else 0. */
    public synchronized long searchAwaited() {
        return failing.isEmpty() && search.isDirty() ? search.generation() + 1 : 0;
    }

    /**
     * Re-indexes for search the pages the last changes wrote; called after the page reload, which must not wait for it,
     * and after the first build. What fails is told once and tried again after the next change.
     */
    public synchronized SearchRefresh refreshSearch() {
        Optional<String> note = failing.isEmpty() && search.isDirty() ? search.publish(out) : Optional.empty();
        return new SearchRefresh(search.generation(), note);
    }

    private Set<String> removeVanished(NavTree before, NavTree after) throws IOException {
        Set<String> now = new HashSet<>();
        after.readingOrder().forEach(q -> now.add(q.url()));
        after.sections().forEach(s -> now.add(s.category().url()));
        Set<String> removed = new HashSet<>();
        List<String> earlier = new ArrayList<>();
        before.readingOrder().forEach(q -> earlier.add(q.url()));
        before.sections().forEach(s -> earlier.add(s.category().url()));
        for (String url : earlier) {
            if (!now.contains(url)) {
                Path page = out.resolve(url.substring(1)).normalize();
                if (page.startsWith(out)) {
                    Files.deleteIfExists(page.resolve("index.html"));
                    Files.deleteIfExists(page.resolve("_sidebar.html"));
                    try (var left = Files.list(page)) {
                        if (left.findAny().isEmpty()) {
                            Files.delete(page);
                        }
                    } catch (IOException ignored) {
                        // a folder that still holds another page stays
                    }
                }
                removed.add(url);
            }
        }
        return removed;
    }

    /** Closes JBake and builds everything from scratch into a staging folder, then publishes it. */
    private Change rebuildAll() throws Exception {
        long started = System.nanoTime();
        session.ifPresent(Bake::close);
        session = Optional.empty();
        Problems problems = new Problems();
        Optional<SiteConfig> config = SiteBuilder.loadConfig(options.source(), problems);
        if (config.isEmpty()) {
            return failed(problems, started);
        }
        Optional<MarkdownRenderer> markdown = SiteBuilder.markdown(config.get(), problems);
        if (markdown.isEmpty()) {
            return failed(problems, started);
        }
        search.restart(config.get(), options.source());
        Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".staging-");
        Path templates = work.resolve("bake");
        Publisher.deleteQuietly(templates);
        Files.createDirectories(templates);
        try {
            Bake.Request request = new Bake.Request(options.source(), config.get(), markdown.get(), templates,
                    options.includeDrafts(), GitHistory.of(options.source()), new Timings(), search.pages());
            session = Bake.open(request, staging, problems, false);
            if (session.isEmpty()) {
                return failed(problems, started);
            }
            Optional<Bake.Outcome> outcome = session.get().bakeAll(staging, problems);
            if (outcome.isEmpty()) {
                session.get().close();
                session = Optional.empty();
                return failed(problems, started);
            }
            RedirectPages.write(staging, config.get(), outcome.get().tree(), outcome.get().texts(), problems);
            if (problems.hasErrors()) {
                session.get().close();
                session = Optional.empty();
                return failed(problems, started);
            }
            search.publishAll(staging); // a failure is told by the refreshSearch that follows, as an edit's would be
            Publisher.replace(out, staging);
            Publisher.clearReplaced(out); // the server goes on meanwhile
            published = outcome.get().tree();
            affected.rebuilt(outcome.get().snippets(), outcome.get().texts(), outcome.get().pages());
            failing = List.of();
            Set<String> rendered = new HashSet<>();
            outcome.get().pages().forEach(p -> rendered.add(p.url()));
            return new Change(true, problems.sorted(), rendered, Set.of(), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Publisher.deleteQuietly(staging);
        }
    }

    private Change failed(Problems problems, long started) {
        failing = problems.sorted().isEmpty()
                ? List.of(Problem.error(SourceRef.of(SiteConfigReader.FILE_NAME), "the build failed", "see the console"))
                : problems.sorted();
        return new Change(false, failing, Set.of(), Set.of(), Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public synchronized void close() {
        session.ifPresent(Bake::close);
        session = Optional.empty();
        search.close();
        Publisher.deleteQuietly(work);
    }
}
