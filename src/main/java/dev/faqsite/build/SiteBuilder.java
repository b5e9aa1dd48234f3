package dev.faqsite.build;

import dev.faqsite.check.SiteChecker;
import dev.faqsite.content.Parsed;
import dev.faqsite.content.SiteConfigReader;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.diag.Timings;
import dev.faqsite.external.ExternalLinkChecker;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.markdown.UnknownExtensionException;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.model.SourceDates;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.search.PagefindBinary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Builds a site: load and validate the config, read the sources' dates from git, bake into a staging folder, index
 * it for search, publish it in place of the old site.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    public static BuildResult build(BuildOptions options) throws Exception {
        return build(options, System.getenv());
    }

    /** @param environment where {@value PagefindBinary#VARIABLE} may name the search indexer */
    static BuildResult build(BuildOptions options, Map<String, String> environment) throws Exception {
        long started = System.nanoTime();
        Timings timings = new Timings();
        Problems problems = new Problems();
        Optional<SiteConfig> config = loadConfig(options.source(), problems);
        timings.lap("config");
        if (config.isEmpty()) {
            return result(BuildResult.Status.CONFIG_ERRORS, problems, 0, started, config, null, timings);
        }
        Optional<MarkdownRenderer> configured = markdown(config.get(), problems);
        if (configured.isEmpty()) {
            return result(BuildResult.Status.CONFIG_ERRORS, problems, 0, started, config, null, timings);
        }
        MarkdownRenderer markdown = configured.get();

        Optional<Path> pagefind = Optional.empty();
        if (config.get().search().enabled()) {
            pagefind = PagefindBinary.find(options.source(), environment);
            if (pagefind.isEmpty()) {
                problems.add(Problem.error(config.get().search().declaredAt(), "search is enabled but Pagefind is not installed",
                        "run 'npm ci' where package.json is (it installs Pagefind), set " + PagefindBinary.VARIABLE
                                + " to a pagefind binary, or set search.enabled: false"));
                return result(BuildResult.Status.CONFIG_ERRORS, problems, 0, started, config, null, timings);
            }
        }
        SourceDates dates = GitHistory.of(options.source());
        timings.lap("git dates");

        Path out = options.out().toAbsolutePath().normalize();
        Files.createDirectories(out.getParent());
        Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".staging-");
        Path work = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".work-");
        CompletableFuture<Void> replacedSitesGone = Publisher.clearReplaced(out);
        // started first, so that Pagefind is ready when the first page is rendered
        SiteSearch search = pagefind.map(SiteSearch::start).orElseGet(SiteSearch::off);
        Optional<Bake> bake = Optional.empty();
        try {
            // baked as far as the content allows, so that the checks still run and one run reports every problem
            bake = Bake.open(new Bake.Request(options.source(), config.get(), markdown, work, options.includeDrafts(), dates,
                    timings, search.pages()), staging, problems, true);
            Optional<Bake.Outcome> outcome = bake.isEmpty() ? Optional.empty() : bake.get().bakeAll(staging, problems);
            if (outcome.isEmpty()) {
                return result(BuildResult.Status.CONTENT_ERRORS, problems, 0, started, config, null, timings);
            }
            List<RenderedPage> redirects = RedirectPages.write(staging, config.get(), outcome.get().tree(), outcome.get().texts(), problems);
            if (options.mode() == BuildOptions.Mode.BUILD && problems.hasErrors()) {
                // without checks there is nothing more to find: what was baked is not published
                return result(BuildResult.Status.CONTENT_ERRORS, problems, 0, started, config, outcome.get().tree(), timings);
            }
            CompletableFuture<Optional<String>> searchIndex = search.finish(staging);
            if (options.mode() != BuildOptions.Mode.BUILD) {
                try {
                    // alongside the search indexer, which only reads the pages; links into its output wait for it
                    SiteChecker.Report report = new SiteChecker(config.get().checks(), config.get().baseUrl(),
                            outcome.get().templates()).check(staging, Stream.concat(outcome.get().pages().stream(), redirects.stream()).toList(),
                            new SiteChecker.LateOutput(PagefindBinary.OUTPUT + "/", searchIndex));
                    problems.addAll(report.problems());
                    SiteChecker.writeExternalLinks(report.externalLinks(), options.externalLinksReport());
                    if (options.external().isPresent()) {
                        problems.addAll(new ExternalLinkChecker(options.external().get(), SiteChecker.EXTERNAL_LINK,
                                SiteChecker.level(config.get().checks(), SiteChecker.EXTERNAL_LINK))
                                .check(report.linkedFrom(), report.externalLinks()).problems());
                    }
                } catch (IOException | InterruptedException | RuntimeException e) {
                    searchIndex.join(); // the staging folder is deleted next: not under a running indexer
                    throw e;
                }
                timings.lap("check");
            }
            Optional<String> failure = searchIndex.join();
            if (pagefind.isPresent()) {
                timings.lap(options.mode() == BuildOptions.Mode.BUILD ? "search index (remaining)" : "search index (remaining after checks)");
            }
            bake.get().filed();
            timings.lap("jbake content store (remaining)");
            if (failure.isPresent()) {
                problems.add(Problem.error(config.get().search().declaredAt(), "cannot build the search index: " + failure.get(),
                        "run " + pagefind.get() + " --site <output> to see the whole report"));
            }
            if (problems.hasErrors()) {
                return result(BuildResult.Status.CONTENT_ERRORS, problems, 0, started, config, outcome.get().tree(), timings);
            }
            if (options.mode() == BuildOptions.Mode.CHECK) {
                return result(BuildResult.Status.CHECKED, problems, outcome.get().pages().size(), started, config,
                        outcome.get().tree(), timings);
            }
            replacedSitesGone.join();
            Publisher.replace(out, staging);
            timings.lap("publish");
            return result(BuildResult.Status.BUILT, problems, outcome.get().pages().size(), started, config, outcome.get().tree(), timings);
        } finally {
            bake.ifPresent(Bake::close);
            search.close();
            Publisher.deleteQuietly(staging);
            Publisher.deleteQuietly(work);
        }
    }

    /** The Markdown renderer the config asks for; empty, with the problem, when it names an unknown extension. */
    static Optional<MarkdownRenderer> markdown(SiteConfig config, Problems problems) {
        try {
            return Optional.of(MarkdownRenderer.withExtensions(config.markdownExtensions()));
        } catch (UnknownExtensionException e) {
            problems.add(Problem.error(config.markdownExtensionsAt(), "unknown Markdown extension '" + e.name() + "'",
                    "known extensions: " + String.join(", ", MarkdownRenderer.knownExtensions())));
            return Optional.empty();
        }
    }

    /** Reads and validates {@code site.yml} of a site folder. */
    public static Optional<SiteConfig> loadConfig(Path source, Problems problems) throws IOException {
        Path file = source.resolve(SiteConfigReader.FILE_NAME);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(SourceRef.of(SiteConfigReader.FILE_NAME), "the site has no " + SiteConfigReader.FILE_NAME,
                    "create it in " + source.toAbsolutePath().normalize() + " with at least 'name:' and 'base_url:'"));
            return Optional.empty();
        }
        Parsed<SiteConfig> parsed = SiteConfigReader.read(SiteConfigReader.FILE_NAME, text);
        problems.addAll(parsed.problems());
        List<Problem> unknownChecks = parsed.value().map(c -> SiteChecker.unknownRules(c.checks())).orElse(List.of());
        problems.addAll(unknownChecks);
        return unknownChecks.isEmpty() ? parsed.value() : Optional.empty();
    }

    private static BuildResult result(BuildResult.Status status, Problems problems, int pages, long started,
                                      Optional<SiteConfig> config, dev.faqsite.model.NavTree tree, Timings timings) {
        return new BuildResult(status, problems, pages, Duration.ofNanos(System.nanoTime() - started), config,
                Optional.ofNullable(tree), timings);
    }
}
