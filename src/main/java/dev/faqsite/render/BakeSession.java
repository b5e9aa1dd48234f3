package dev.faqsite.render;

import dev.faqsite.content.ContentAssembler;
import dev.faqsite.content.Parsed;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.diag.Timings;
import dev.faqsite.model.Category;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import org.jbake.app.ContentStore;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One JBake session: the content store, this site's engines and document types, kept open so that a watch loop can
 * re-crawl single files instead of baking from scratch. A bake runs JBake's phases with this site's engines and a
 * linear renderer in place of JBake's page renderer (which reloads every document for every page to find
 * previous/next, O(N²)). Holds {@link JBakeGuard}'s permit from {@link #open} to {@link #close}.
 */
public final class BakeSession implements AutoCloseable {

    private final Bakery.Request request;
    private final Path contentFolder;
    private final CrawlLog log = new CrawlLog();
    private final SourcePaths paths;
    private final QuestionEngine questions;
    private final CategoryEngine categories;
    private TemplateWorkspace workspace;
    private DefaultJBakeConfiguration config;
    private Utensils utensils;
    private ContentStore store;
    private boolean closed;

    private BakeSession(Bakery.Request request, Path contentFolder) {
        this.request = request;
        this.contentFolder = contentFolder;
        this.paths = new SourcePaths(request.siteRoot(), contentFolder);
        this.questions = new QuestionEngine(log, paths);
        this.categories = new CategoryEngine(log, paths);
    }

    /** Starts JBake for the site: waits until no other bake runs in this JVM. Empty when the site has no content. */
    public static Optional<BakeSession> open(Bakery.Request request, Problems problems) throws Exception {
        Path contentFolder = request.siteRoot().resolve("content");
        if (!Files.isDirectory(contentFolder)) {
            problems.add(Problem.error(SourceRef.of("content"), "the site has no content/ folder",
                    "create content/faq/<category>/ with a _category.yml and questions"));
            return Optional.empty();
        }
        JBakeGuard.acquire();
        BakeSession session = new BakeSession(request, contentFolder);
        try {
            session.start();
            return Optional.of(session);
        } catch (Exception | Error e) {
            session.close();
            throw e;
        }
    }

    private void start() throws IOException {
        Timings timings = request.timings();
        workspace = TemplateWorkspace.prepare(request.siteRoot(), request.workDir());
        config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(request.workDir().toFile(), request.destination().toFile(), true);
        config.setContentFolder(contentFolder.toFile());
        config.setTemplateFolder(workspace.templates().toFile());
        config.setAssetFolder(workspace.staticRoot().toFile());
        config.setProperty("db.store", "memory");
        config.setProperty("db.path", "faqsite");
        config.setProperty("template.faq.file", "question.ftl");
        config.setProperty("template.category.file", "category.ftl");
        config.setProperty("render.encoding", "UTF-8");
        config.setProperty("template.encoding", "UTF-8");
        Engines.register("md", questions);
        Engines.register("yml", categories);
        Engines.register("yaml", categories);
        timings.lap("templates");
        utensils = UtensilsFactory.createDefaultUtensils(config);
        store = utensils.getContentStore();
        store.startup();
        // what Oven.updateDocTypesFromConfiguration does, limited to this site's types
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        DocumentTypes.addDocumentType(QuestionEngine.TYPE);
        DocumentTypes.addDocumentType(CategoryEngine.TYPE);
        store.updateSchema();
        store.updateAndClearCacheIfNeeded(true, config.getTemplateFolder());
        timings.lap("content store");
    }

    /** Crawls everything, renders every page into {@code destination}, copies the assets; empty on any error. */
    public Optional<Bakery.Outcome> bakeAll(Path destination, Problems problems) throws IOException {
        Optional<Bakery.Outcome> outcome = bake(destination, problems, false);
        return problems.hasErrors() ? Optional.empty() : outcome;
    }

    /**
     * Like {@link #bakeAll}, but goes on past content and template errors with what can be placed in the navigation
     * (a question whose front matter is unusable, or of a category without metadata, is left out; of two with one URL,
     * the first), so that the checks still run and one run reports every problem. Empty only when nothing could be
     * assembled; the caller decides what the errors mean.
     */
    public Optional<Bakery.Outcome> bakeDespiteErrors(Path destination, Problems problems) throws IOException {
        return bake(destination, problems, true);
    }

    private Optional<Bakery.Outcome> bake(Path destination, Problems problems, boolean despiteErrors) throws IOException {
        Timings timings = request.timings();
        utensils.getCrawler().crawl();
        timings.lap("crawl");
        Optional<NavTree> tree = assemble(problems, despiteErrors);
        timings.lap("assemble");
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        SiteRenderer renderer = renderer(tree.get(), destination, problems);
        renderer.renderAll();
        timings.lap("render");
        copyAssets(destination, problems);
        timings.lap("assets");
        return Optional.of(outcome(renderer, tree.get()));
    }

    /**
     * Re-reads changed content files the way JBake's crawler reads them — and, unlike JBake's incremental mode,
     * forgets deleted ones — then assembles the whole content again (cheap: it is all in memory).
     *
     * @return the navigation, or empty when the content now has errors (they are in {@code problems})
     */
    public Optional<NavTree> recrawl(List<Path> changedContent, Problems problems) throws IOException {
        for (Path path : changedContent) {
            File file = path.toFile();
            String uri = crawlerUri(file);
            store.deleteContent(uri); // also binds the store to this thread
            log.forget(file.getPath(), paths.display(file));
            MarkupEngine engine = file.getName().endsWith(".md") ? questions
                    : file.getName().endsWith(".yml") || file.getName().endsWith(".yaml") ? categories : null;
            if (engine == null || !file.isFile()) {
                continue;
            }
            DocumentModel document = engine.parse(config, file);
            if (document != null) {
                document.setFile(file.getPath());
                document.setUri(uri);
                document.setSourceUri(uri);
                document.setSha1(sha1(file));
                document.setRendered(false);
                store.addDocument(document);
            }
        }
        return assemble(problems, false);
    }

    /** Lays the site's templates and assets out again after one of them changed. */
    public void reloadTemplates() throws IOException {
        Publishing.deleteTree(request.workDir().resolve("templates"));
        Publishing.deleteTree(request.workDir().resolve("static"));
        workspace = TemplateWorkspace.prepare(request.siteRoot(), request.workDir());
    }

    /**
     * Renders some pages again into a live site: with {@link RenderScope#ALL}, every page and the assets; otherwise
     * the listed pages, the site-wide lists (homes, sitemap) and nothing else.
     *
     * @return the pages written
     */
    public List<RenderedPage> render(NavTree tree, RenderScope scope, Path destination, Problems problems) throws IOException {
        SiteRenderer renderer = renderer(tree, destination, problems);
        if (scope.all()) {
            renderer.renderAll();
            copyAssets(destination, problems);
            return renderer.rendered();
        }
        tree.readingOrder().stream().filter(q -> scope.questionUrls().contains(q.url())).forEach(renderer::question);
        tree.sections().stream().filter(s -> scope.categoryIds().contains(s.category().id())).forEach(renderer::category);
        renderer.renderSiteWide();
        return renderer.rendered();
    }

    /** A renderer for the given navigation writing into {@code destination}; each call sees the current templates. */
    SiteRenderer renderer(NavTree tree, Path destination, Problems problems) throws IOException {
        PageWriter writer = new PageWriter(new FaqTemplateEngine(config, store, workspace.templates()), destination, workspace, problems);
        return new SiteRenderer(request.config(), tree, request.markdown(), writer, problems, fingerprint(workspace.assets()),
                request.dates());
    }

    public void copyAssets(Path destination, Problems problems) {
        config.setDestinationFolder(destination.toFile());
        utensils.getAsset().copy();
        utensils.getAsset().getErrors().forEach(e -> problems.add(Problem.error(SourceRef.of("templates/assets"),
                "cannot copy asset: " + e.getMessage(), "check the file's permissions")));
    }

    private Bakery.Outcome outcome(SiteRenderer renderer, NavTree tree) throws IOException {
        return new Bakery.Outcome(renderer.rendered(), tree.readingOrder().size(), tree, workspace.sources());
    }

    private Optional<NavTree> assemble(Problems problems, boolean despiteErrors) {
        problems.addAll(log.problems());
        ContentAssembler assembler = new ContentAssembler();
        for (DocumentModel doc : store.getAllContent(CategoryEngine.TYPE)) {
            Category category = log.categoryAt(doc.getFile());
            if (category != null) {
                assembler.addCategory(category);
            }
        }
        for (DocumentModel doc : store.getAllContent(QuestionEngine.TYPE)) {
            CrawlLog.QuestionFile file = log.questionAt(doc.getFile());
            if (file != null) {
                assembler.addQuestion(file.relativePath(), file.displayPath(), file.source(), file.contentHash());
            }
        }
        Parsed<ContentAssembler.Content> content = assembler.assemble(request.includeDrafts());
        problems.addAll(content.problems());
        if (problems.hasErrors() && !despiteErrors) {
            return Optional.empty();
        }
        List<Question> all = content.value().orElseThrow().questions();
        if (content.hasErrors()) {
            Set<String> urls = new HashSet<>();
            all = all.stream().sorted(Comparator.comparing(Question::source))
                    .filter(q -> !request.includeDrafts() && q.draft() || urls.add(q.url())).toList();
        }
        return Optional.of(NavTree.of(content.value().orElseThrow().categories(), all, request.includeDrafts()));
    }

    /** The URI JBake's crawler gives a content file (its key in the content store). */
    private String crawlerUri(File file) {
        String relative = paths.underContent(file);
        int dot = relative.lastIndexOf('.');
        return (dot < 0 ? relative : relative.substring(0, dot)) + config.getOutputExtension();
    }

    private static String sha1(File file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file.toPath())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short hash of the assets, appended to their URLs so browsers may cache them for long. */
    private static String fingerprint(Path assets) throws IOException {
        if (!Files.isDirectory(assets)) {
            return "0";
        }
        try (Stream<Path> files = Files.walk(assets)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(assets.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (store != null) {
                store.close();
                store.shutdown();
            }
        } finally {
            JBakeGuard.release();
        }
    }
}
