package dev.faqsite.render;

import dev.faqsite.content.ContentAssembler;
import dev.faqsite.content.Parsed;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.diag.Timings;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.model.Category;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.model.SourceDates;
import org.jbake.app.ContentStore;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs JBake's bake phases with this site's engines and a linear renderer in place of JBake's page renderer
 * (which reloads every document for every page to find previous/next, O(N²)): start the content store, register the
 * document types, crawl, assemble and check the content, render each page once, copy the assets, close the store.
 */
public final class Bakery {

    /**
     * What to bake.
     *
     * @param siteRoot      folder holding {@code content/} and optionally {@code templates/}
     * @param destination   empty folder to write the site into
     * @param workDir       scratch folder for the merged templates
     * @param includeDrafts whether draft questions are published
     * @param dates         when each source file last changed, for pages whose front matter gives no date
     */
    public record Request(Path siteRoot, SiteConfig config, MarkdownRenderer markdown, Path destination, Path workDir,
                          boolean includeDrafts, SourceDates dates, Timings timings) {
    }

    /** What was baked. */
    public record Outcome(int pages, int questions, NavTree tree) {
    }

    private Bakery() {
    }

    /** @return empty when content or template problems stopped the bake; they are in {@code problems} */
    public static Optional<Outcome> bake(Request request, Problems problems) throws Exception {
        return JBakeGuard.exclusively(() -> bakeAlone(request, problems));
    }

    private static Optional<Outcome> bakeAlone(Request request, Problems problems) throws IOException {
        Path contentFolder = request.siteRoot().resolve("content");
        if (!Files.isDirectory(contentFolder)) {
            problems.add(Problem.error(SourceRef.of("content"), "the site has no content/ folder",
                    "create content/faq/<category>/ with a _category.yml and questions"));
            return Optional.empty();
        }
        TemplateWorkspace workspace = TemplateWorkspace.prepare(request.siteRoot(), request.workDir());
        DefaultJBakeConfiguration config = jbakeConfig(request, contentFolder, workspace);
        CrawlLog log = new CrawlLog();
        SourcePaths paths = new SourcePaths(request.siteRoot(), contentFolder);
        Engines.register("md", new QuestionEngine(log, paths));
        Engines.register("yml", new CategoryEngine(log, paths));
        Engines.register("yaml", new CategoryEngine(log, paths));

        Timings timings = request.timings();
        timings.lap("templates");
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        ContentStore store = utensils.getContentStore();
        try {
            store.startup();
            registerDocumentTypes();
            store.updateSchema();
            store.updateAndClearCacheIfNeeded(true, config.getTemplateFolder());
            timings.lap("content store");
            utensils.getCrawler().crawl();
            timings.lap("crawl");

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
            if (problems.hasErrors()) {
                return Optional.empty();
            }
            NavTree tree = NavTree.of(content.value().orElseThrow().categories(), content.value().orElseThrow().questions(),
                    request.includeDrafts());
            timings.lap("assemble");

            PageWriter writer = new PageWriter(new FaqTemplateEngine(config, store, workspace.templates()), request.destination(), workspace, problems);
            int pages = new SiteRenderer(request.config(), tree, request.markdown(), writer, problems,
                    fingerprint(workspace.assets()), request.dates()).renderAll();
            timings.lap("render");
            utensils.getAsset().copy();
            timings.lap("assets");
            utensils.getAsset().getErrors().forEach(e -> problems.add(Problem.error(SourceRef.of("templates/assets"),
                    "cannot copy asset: " + e.getMessage(), "check the file's permissions")));
            return problems.hasErrors() ? Optional.empty() : Optional.of(new Outcome(pages, tree.readingOrder().size(), tree));
        } finally {
            store.close();
            store.shutdown();
        }
    }

    private static DefaultJBakeConfiguration jbakeConfig(Request request, Path contentFolder, TemplateWorkspace workspace) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
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
        return config;
    }

    private static void registerDocumentTypes() {
        // what Oven.updateDocTypesFromConfiguration does, limited to this site's types
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : List.of(QuestionEngine.TYPE, CategoryEngine.TYPE)) {
            DocumentTypes.addDocumentType(type);
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
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
