package dev.faqsite.build;

import dev.faqsite.check.SiteChecker;
import dev.faqsite.content.ComponentCatalog;
import dev.faqsite.content.ContentTree;
import dev.faqsite.content.Parsed;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.Timings;
import dev.faqsite.jbake.JBakeSession;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.model.ComponentSpec;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.model.SiteContent;
import dev.faqsite.model.Snippet;
import dev.faqsite.model.SourceDates;
import dev.faqsite.render.PageSink;
import dev.faqsite.render.Publishing;
import dev.faqsite.render.RenderScope;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.RuleLevel;
import dev.faqsite.render.SiteRenderer;
import dev.faqsite.render.TemplateSource;
import dev.faqsite.render.TemplateWorkspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One bake of a site, in the pipeline's order: the whole {@code content/} tree read and validated into the model,
 * JBake opened on it through its adapter, every page rendered, the assets copied. A live preview keeps it open and
 * applies changes to it.
 */
final class Bake implements AutoCloseable {

    /**
     * What to bake.
     *
     * @param siteRoot      folder holding {@code content/} and optionally {@code templates/}
     * @param workDir       scratch folder for the merged templates
     * @param includeDrafts whether draft questions are published
     * @param dates         when each source file last changed, for pages whose front matter gives no date
     * @param pages         told of each page as it is written (the search index)
     */
    record Request(Path siteRoot, SiteConfig config, MarkdownRenderer markdown, Path workDir, boolean includeDrafts,
                   SourceDates dates, Timings timings, PageSink pages) {
    }

    /**
     * What was baked.
     *
     * @param pages     every HTML page written, with what traces it to its sources
     * @param snippets  the snippets answers may include, by their path under {@code content/}
     * @param templates every template's text
     */
    record Outcome(List<RenderedPage> pages, NavTree tree, Map<String, Snippet> snippets, List<TemplateSource> templates,
                   Map<String, CategoryText> texts) {
    }

    private final Request request;
    private final ContentTree content;
    private final boolean despiteErrors;
    private SiteContent current;
    private TemplateWorkspace workspace;
    private List<ComponentSpec> components = List.of();
    private JBakeSession jbake;

    private Bake(Request request, ContentTree content, SiteContent current, boolean despiteErrors) {
        this.request = request;
        this.content = content;
        this.current = current;
        this.despiteErrors = despiteErrors;
    }

    /**
     * Reads the content and opens JBake on it.
     *
     * @param destination   the folder the first pages will be written to
     * @param despiteErrors go on past content errors with what can be placed in the navigation (a build, whose checks
     *                      still run); otherwise stop at the first content error (a live site keeps the last good one)
     * @return empty when the content has errors that stop it (they are in {@code problems}): JBake is not started
     */
    static Optional<Bake> open(Request request, Path destination, Problems problems, boolean despiteErrors) throws Exception {
        Timings timings = request.timings();
        ContentTree tree = ContentTree.read(request.siteRoot());
        Parsed<SiteContent> read = despiteErrors ? tree.assembleDespiteErrors(request.includeDrafts())
                : tree.assemble(request.includeDrafts());
        problems.addAll(read.problems());
        timings.lap("content");
        if (read.value().isEmpty()) {
            return Optional.empty();
        }
        Bake bake = new Bake(request, tree, read.value().get(), despiteErrors);
        if (!bake.layOutTemplates(problems)) {
            return Optional.empty();
        }
        timings.lap("templates");
        bake.jbake = JBakeSession.open(request.siteRoot(), request.siteRoot().resolve(ContentTree.FOLDER), bake.workspace,
                bake.current, request.workDir(), destination);
        if (!request.config().search().enabled()) {
            // nothing follows the rendering for the store's filing to hide behind: it shares the rendering's cores
            bake.jbake.startFiling();
        }
        timings.lap("jbake");
        return Optional.of(bake);
    }

    /**
     * Renders every page into {@code destination} and copies the assets.
     *
     * @return empty on any error, unless opened to go on despite errors: then the caller decides what they mean
     */
    Optional<Outcome> bakeAll(Path destination, Problems problems) throws IOException {
        SiteRenderer renderer = renderer(destination, problems);
        renderer.renderAll();
        request.timings().lap("render");
        jbake.startFiling(); // with search, beside Pagefind writing its index, which leaves a core idle
        jbake.copyAssets(destination, problems);
        request.timings().lap("assets");
        return problems.hasErrors() && !despiteErrors ? Optional.empty()
                : Optional.of(new Outcome(renderer.rendered(), current.tree(), current.snippets(), workspace.sources(), current.texts()));
    }

    /**
     * Reads changed content files again and assembles the whole content (cheap: the rest is in memory).
     *
     * @return the content, or empty when it now has errors (they are in {@code problems})
     */
    Optional<SiteContent> reread(List<Path> changedContent, Problems problems) throws IOException {
        content.reread(changedContent);
        Parsed<SiteContent> read = content.assemble(request.includeDrafts());
        problems.addAll(read.problems());
        if (read.value().isEmpty()) {
            return Optional.empty();
        }
        current = read.value().get();
        jbake.recrawl(changedContent, current);
        return Optional.of(current);
    }

    /**
     * Lays the site's templates and assets out again after one of them changed.
     *
     * @return false when the site's components are now declared wrongly (the problems say how)
     */
    boolean reloadTemplates(Problems problems) throws IOException {
        Publishing.deleteTree(request.workDir().resolve("templates"));
        Publishing.deleteTree(request.workDir().resolve("static"));
        boolean ok = layOutTemplates(problems);
        jbake.use(workspace);
        return ok;
    }

    /** The built-in templates with the site's laid over them, and the site's components declared there. */
    private boolean layOutTemplates(Problems problems) throws IOException {
        workspace = TemplateWorkspace.prepare(request.siteRoot(), request.workDir());
        Parsed<List<ComponentSpec>> declared = ComponentCatalog.read(workspace.components(), workspace::componentDisplayPath);
        problems.addAll(declared.problems());
        declared.value().ifPresent(specs -> components = specs);
        return declared.value().isPresent();
    }

    /**
     * Renders pages of the current content into {@code destination}: with {@link RenderScope#ALL} every page and the
     * assets, otherwise the scope's pages and the site-wide lists.
     *
     * @return the pages written
     */
    List<RenderedPage> render(RenderScope scope, Path destination, Problems problems) throws IOException {
        SiteRenderer renderer = renderer(destination, problems);
        renderer.render(scope);
        if (scope.all()) {
            jbake.copyAssets(destination, problems);
        }
        return renderer.rendered();
    }

    private SiteRenderer renderer(Path destination, Problems problems) throws IOException {
        return new SiteRenderer(request.config(), current, request.markdown(), jbake.templates(), workspace, components,
                destination, problems, request.dates(), new RuleLevel(SiteChecker.BROKEN_LINK,
                SiteChecker.level(request.config().checks(), SiteChecker.BROKEN_LINK)), request.pages());
    }

    /** Waits until JBake's content store holds the content; rethrows what failed there. */
    void filed() {
        jbake.filed();
    }

    @Override
    public void close() {
        if (jbake != null) {
            jbake.close();
        }
    }
}
