package dev.faqsite.jbake;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.SiteContent;
import dev.faqsite.render.Templates;
import dev.faqsite.render.TemplateWorkspace;
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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one door to JBake: its configuration, content store, crawler, markup engines, template engine and asset copy,
 * kept open so that a watch loop can re-crawl single files instead of baking from scratch. The content reaches JBake
 * already read and validated ({@link SiteContent}); JBake's crawler files it in its store through {@link ModelEngine},
 * and pages are drawn through {@link #templates()}. Holds {@link JBakeGuard}'s permit from {@link #open} to
 * {@link #close}, because JBake keeps its state in statics.
 */
public final class JBakeSession implements AutoCloseable {

    private final SourcePaths paths;
    private final ModelEngine engine;
    private TemplateWorkspace workspace;
    private DefaultJBakeConfiguration config;
    private Utensils utensils;
    private ContentStore store;
    private boolean closed;

    private JBakeSession(Path siteRoot, Path contentFolder, TemplateWorkspace workspace) {
        this.paths = new SourcePaths(siteRoot, contentFolder);
        this.engine = new ModelEngine(paths);
        this.workspace = workspace;
    }

    /**
     * Starts JBake on a site's content, waiting until no other bake runs in this JVM, and crawls it.
     *
     * @param workDir     scratch folder JBake calls its source folder
     * @param destination the folder pages are written to
     */
    public static JBakeSession open(Path siteRoot, Path contentFolder, TemplateWorkspace workspace, SiteContent content,
                                    Path workDir, Path destination) throws Exception {
        JBakeGuard.acquire();
        JBakeSession session = new JBakeSession(siteRoot, contentFolder, workspace);
        try {
            session.start(contentFolder, workDir, destination);
            session.engine.use(content);
            session.utensils.getCrawler().crawl();
            return session;
        } catch (Exception | Error e) {
            session.close();
            throw e;
        }
    }

    private void start(Path contentFolder, Path workDir, Path destination) throws IOException {
        config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(workDir.toFile(), destination.toFile(), true);
        config.setContentFolder(contentFolder.toFile());
        config.setTemplateFolder(workspace.templates().toFile());
        config.setAssetFolder(workspace.staticRoot().toFile());
        config.setProperty("db.store", "memory");
        config.setProperty("db.path", "faqsite");
        config.setProperty("template.faq.file", "question.ftl");
        config.setProperty("template.category.file", "category.ftl");
        config.setProperty("render.encoding", "UTF-8");
        config.setProperty("template.encoding", "UTF-8");
        Engines.register("md", engine);
        Engines.register("yml", engine);
        Engines.register("yaml", engine);
        utensils = UtensilsFactory.createDefaultUtensils(config);
        store = utensils.getContentStore();
        store.startup();
        // what Oven.updateDocTypesFromConfiguration does, limited to this site's types
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        DocumentTypes.addDocumentType(ModelEngine.QUESTION);
        DocumentTypes.addDocumentType(ModelEngine.CATEGORY);
        store.updateSchema();
        store.updateAndClearCacheIfNeeded(true, config.getTemplateFolder());
    }

    /**
     * Files changed content again the way JBake's crawler files it — and, unlike JBake's incremental mode, forgets
     * deleted files.
     *
     * @param content the content as read after the change
     */
    public void recrawl(List<Path> changedContent, SiteContent content) throws IOException {
        engine.use(content);
        for (Path path : changedContent) {
            File file = path.toFile();
            String uri = crawlerUri(file);
            store.deleteContent(uri); // also binds the store to this thread
            if (!file.isFile()) {
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
    }

    /** The templates after they were laid out again (a template or an asset changed). */
    public void use(TemplateWorkspace changed) {
        this.workspace = changed;
    }

    /** The site's templates as they are now. */
    public Templates templates() throws IOException {
        return new JBakeTemplates(new FaqTemplateEngine(config, store, workspace.templates()), workspace);
    }

    public void copyAssets(Path destination, Problems problems) {
        config.setDestinationFolder(destination.toFile());
        utensils.getAsset().copy();
        utensils.getAsset().getErrors().forEach(e -> problems.add(Problem.error(SourceRef.of("templates/assets"),
                "cannot copy asset: " + e.getMessage(), "check the file's permissions")));
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
