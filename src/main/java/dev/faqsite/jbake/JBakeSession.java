package dev.faqsite.jbake;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.SiteContent;
import dev.faqsite.render.Templates;
import dev.faqsite.render.TemplateWorkspace;
import com.orientechnologies.orient.core.config.OGlobalConfiguration;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    private final SiteContent initial;
    private CompletableFuture<Void> filing;
    private boolean closed;

    private JBakeSession(Path siteRoot, Path contentFolder, TemplateWorkspace workspace, SiteContent initial) {
        this.initial = initial;
        this.paths = new SourcePaths(siteRoot, contentFolder);
        this.engine = new ModelEngine(paths);
        this.workspace = workspace;
    }

    /**
     * Starts JBake on a site's content, waiting until no other bake runs in this JVM. Its templates can be used at
     * once. Its content store is started, and the content filed into it by JBake's crawler, only when asked
     * ({@link #startFiling()}), on a thread of its own: pages are rendered from the model, never read back from the
     * store, so the store's start-up and the crawl (a second of CPU per 1,000 pages, on one thread) can wait for a
     * core the rendering leaves idle.
     *
     * @param workDir     scratch folder JBake calls its source folder
     * @param destination the folder pages are written to
     */
    public static JBakeSession open(Path siteRoot, Path contentFolder, TemplateWorkspace workspace, SiteContent content,
                                    Path workDir, Path destination) throws Exception {
        JBakeGuard.acquire();
        JBakeSession session = new JBakeSession(siteRoot, contentFolder, workspace, content);
        try {
            session.configure(contentFolder, workDir, destination);
            return session;
        } catch (Exception | Error e) {
            session.close();
            throw e;
        }
    }

    /** Starts filing the content into JBake's content store on a thread of its own; once only. */
    public synchronized void startFiling() {
        if (filing != null) {
            return;
        }
        filing = new CompletableFuture<>();
        Thread thread = new Thread(() -> fileContent(initial), "jbake-content-store");
        thread.setDaemon(true);
        thread.start();
    }

    private void configure(Path contentFolder, Path workDir, Path destination) throws IOException {
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
    }

    private void fileContent(SiteContent content) {
        try {
            // A new in-memory database makes its default users, hashing each password with 65,536 rounds of PBKDF2:
            // a quarter of a 1,000-page build's CPU. This store lives in the process's memory, listens on nothing and
            // is dropped with the bake, so those passwords guard nothing; one round is plenty.
            OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
            store.startup();
            // what Oven.updateDocTypesFromConfiguration does, limited to this site's types
            DocumentTypes.resetDocumentTypes();
            ModelExtractors.getInstance().reset();
            DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
            DocumentTypes.addDocumentType(ModelEngine.QUESTION);
            DocumentTypes.addDocumentType(ModelEngine.CATEGORY);
            store.updateSchema();
            store.updateAndClearCacheIfNeeded(true, config.getTemplateFolder());
            engine.use(content);
            utensils.getCrawler().crawl();
            filing.complete(null);
        } catch (RuntimeException | Error e) {
            filing.completeExceptionally(e);
        }
    }

    /** Waits until JBake's content store holds the content (filing it now if not started); rethrows what failed. */
    public void filed() {
        startFiling();
        try {
            filing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /**
     * Files changed content again the way JBake's crawler files it — and, unlike JBake's incremental mode, forgets
     * deleted files.
     *
     * @param content the content as read after the change
     */
    public void recrawl(List<Path> changedContent, SiteContent content) throws IOException {
        filed();
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
            CompletableFuture<Void> started;
            synchronized (this) {
                started = filing;
            }
            if (started != null) {
                started.exceptionally(failure -> null).join(); // never under the thread still filing
            }
            if (store != null) {
                store.close();
                store.shutdown();
            }
        } finally {
            JBakeGuard.release();
        }
    }
}
