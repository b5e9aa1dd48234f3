package dev.faqsite.build;

import dev.faqsite.content.SiteConfigReader;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.diag.Timings;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.SiteContent;
import dev.faqsite.model.Snippet;
import dev.faqsite.render.RenderScope;
import dev.faqsite.render.RenderedPage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A published site kept up to date while its sources change ({@code serve --watch}). JBake stays open between
 * changes; a change re-crawls only the files that changed and renders only the pages it affects — the page itself,
 * its category page when its description changed, the site-wide lists — or every page when the navigation (a title,
 * an order, a category, a page added or removed), a template, an asset or the config changed. Pages of deleted
 * sources are removed. A change that breaks the build leaves the last good site being served.
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

    private final BuildOptions options;
    private final Path out;
    private final Path work;
    private Optional<Bake> session = Optional.empty();
    private NavTree published;
    private Map<String, Snippet> snippets = Map.of();
    private Map<String, CategoryText> texts = Map.of();
    /** Each question page's includes as last rendered: a changed snippet renders its includers again. */
    private final Map<String, Set<String>> includes = new HashMap<>();
    private List<Problem> failing = List.of();
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
        site.rebuildAll();
        return site;
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
        if (!RedirectPages.declared(published, texts).equals(RedirectPages.declared(tree, now.map(SiteContent::texts).orElse(texts)))) {
            return rebuildAll(); // redirect pages are checked against the whole site: written with it
        }
        // after a failed change the last good site may lag behind more than this change: render it all
        RenderScope scope = templates || !failing.isEmpty() ? RenderScope.ALL
                : withTexts(withIncluders(scope(published, tree), changedSnippets(now.map(SiteContent::snippets).orElse(snippets))),
                        now.map(SiteContent::texts).orElse(texts));
        List<RenderedPage> pages = bake.render(scope, out, problems);
        if (problems.hasErrors()) {
            return failed(problems, started);
        }
        Set<String> removed = removeVanished(published, tree);
        search.removed(removed);
        published = tree;
        now.ifPresent(c -> snippets = c.snippets());
        now.ifPresent(c -> texts = c.texts());
        failing = List.of();
        Set<String> rendered = new HashSet<>();
        pages.forEach(p -> rendered.add(p.url()));
        remember(pages);
        return new Change(true, problems.sorted(), rendered, removed, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The search index's generation that will have the last changes, when they are not published yet; else 0. */
    public synchronized long searchAwaited() {
        return failing.isEmpty() && search.isDirty() ? search.generation() + 1 : 0;
    }

    /**
     * Re-indexes for search the pages the last changes wrote; called after the page reload, which must not wait for it.
     *
     * @return the index's generation, which open pages compare with the one they searched (0 without search)
     * @throws IOException when it could not be written (tried again after the next change)
     */
    public synchronized long refreshSearch() throws IOException {
        if (failing.isEmpty() && search.isDirty()) {
            Optional<String> failure = search.publish(out);
            if (failure.isPresent()) {
                throw new IOException(failure.get());
            }
        }
        return search.generation();
    }

    /** Which pages a content change affects, given the navigation before and after it. */
    static RenderScope scope(NavTree before, NavTree after) {
        if (!navigation(before).equals(navigation(after))) {
            return RenderScope.ALL;
        }
        Map<String, Question> previous = new HashMap<>();
        before.readingOrder().forEach(q -> previous.put(q.url(), q));
        Set<String> questions = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (Question q : after.readingOrder()) {
            Question old = previous.get(q.url());
            if (old == null || !old.contentHash().equals(q.contentHash())) {
                questions.add(q.url());
                if (old == null || !old.frontMatter().description().equals(q.frontMatter().description())) {
                    categories.add(q.categoryId());
                }
            }
        }
        return new RenderScope(false, questions, categories);
    }

    /** The snippets added, removed or changed since the published site. */
    private Set<String> changedSnippets(Map<String, Snippet> after) {
        Set<String> changed = new HashSet<>();
        snippets.forEach((file, snippet) -> {
            if (!snippet.equals(after.get(file))) {
                changed.add(file);
            }
        });
        after.keySet().stream().filter(file -> !snippets.containsKey(file)).forEach(changed::add);
        return changed;
    }

    /** The scope, with every question page that includes a changed snippet. */
    private RenderScope withIncluders(RenderScope scope, Set<String> changedSnippets) {
        if (scope.all() || changedSnippets.isEmpty()) {
            return scope;
        }
        Set<String> questions = new HashSet<>(scope.questionUrls());
        includes.forEach((url, files) -> {
            if (files.stream().anyMatch(changedSnippets::contains)) {
                questions.add(url);
            }
        });
        return new RenderScope(false, questions, scope.categoryIds());
    }

    /** The scope, with the page of every category whose own text ({@code _index.md}) was added, changed or removed. */
    private RenderScope withTexts(RenderScope scope, Map<String, CategoryText> after) {
        Set<String> categories = new HashSet<>(scope.categoryIds());
        texts.forEach((id, text) -> {
            if (!text.equals(after.get(id))) {
                categories.add(id);
            }
        });
        after.keySet().stream().filter(id -> !texts.containsKey(id)).forEach(categories::add);
        return scope.all() || categories.equals(scope.categoryIds()) ? scope : new RenderScope(false, scope.questionUrls(), categories);
    }

    private void remember(List<RenderedPage> pages) {
        pages.stream().filter(p -> p.question().isPresent()).forEach(p -> includes.put(p.url(), p.includes()));
    }

    /** What every sidebar and previous/next link shows: if it changed, every page changes. */
    private static List<String> navigation(NavTree tree) {
        List<String> key = new ArrayList<>();
        for (NavTree.Section section : tree.sections()) {
            key.add(section.category().id() + "|" + section.category().label() + "|" + section.category().description());
            section.questions().forEach(q -> key.add(q.url() + "|" + q.title()));
        }
        return key;
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
        Optional<String> noSearch = search.restart(config.get(), options.source());
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
            if (config.get().search().enabled()) {
                noSearch.or(() -> search.publishAll(staging)).ifPresent(f -> problems.add(Problem.warning(
                        config.get().search().declaredAt(), "no search index: " + f, "search works again after the next full build")));
            }
            Publisher.replace(out, staging);
            Publisher.clearReplaced(out); // the server goes on meanwhile
            published = outcome.get().tree();
            snippets = outcome.get().snippets();
            texts = outcome.get().texts();
            includes.clear();
            remember(outcome.get().pages());
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
