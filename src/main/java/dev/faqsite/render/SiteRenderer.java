package dev.faqsite.render;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.markdown.Finding;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.markdown.RenderedMarkdown;
import dev.faqsite.model.Category;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.ComponentSpec;
import dev.faqsite.model.Crumb;
import dev.faqsite.model.FeedbackReason;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.RatingsConfig;
import dev.faqsite.model.SiteContent;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.model.SourceDates;
import dev.faqsite.render.Views.CategoryView;
import dev.faqsite.render.Views.HomeView;
import dev.faqsite.render.Views.KeyCheckView;
import dev.faqsite.render.Views.MetaView;
import dev.faqsite.render.Views.NavView;
import dev.faqsite.render.Views.Neighbour;
import dev.faqsite.render.Views.QuestionLink;
import dev.faqsite.render.Views.QuestionView;
import dev.faqsite.render.Views.RatingsView;
import dev.faqsite.render.Views.ReasonView;
import dev.faqsite.render.Views.SiteView;
import dev.faqsite.render.Views.SitemapEntry;
import dev.faqsite.render.Views.SitemapView;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders every page of the site exactly once: questions (on all cores), category pages, the FAQ home, the site home,
 * the 404 page, the search page, the sitemap, robots.txt and the ratings manifest. Each page costs the same whatever
 * the size of the site. Pages are drawn through {@link Templates}; this class never sees the template engine.
 */
public final class SiteRenderer {

    private static final DateTimeFormatter READABLE_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private final SiteConfig config;
    private final SiteContent content;
    private final NavTree tree;
    private final MarkdownRenderer markdown;
    private final PageWriter writer;
    private final Problems problems;
    private final SiteView site;
    private final SidebarBuilder sidebar;
    private final LinkIndex links;
    private final LastUpdated updated;
    private final Optional<RatingsView> ratings;
    private final Optional<KeyCheckView> keyCheck;
    private final ComponentRegistry components;
    private final List<RenderedPage> rendered = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param templates   the template engine, seeing the templates as they are now
     * @param workspace   the templates and assets laid out for this bake
     * @param destination the folder the pages are written to
     * @param components  the site's own components, declared in its templates
     * @param dates       when each source file last changed, for pages whose front matter gives no date
     * @param brokenLinks the check rule, at the site's level, a {@code .md} link to a missing page is found under
     * @param sink        told of each page as it is written
     */
    public SiteRenderer(SiteConfig config, SiteContent content, MarkdownRenderer markdown, Templates templates,
                        TemplateWorkspace workspace, List<ComponentSpec> components, Path destination, Problems problems,
                        SourceDates dates, RuleLevel brokenLinks, PageSink sink) throws IOException {
        this.config = config;
        this.content = content;
        this.tree = content.tree();
        this.markdown = markdown;
        this.writer = new PageWriter(templates, destination, problems, sink);
        this.problems = problems;
        String assetVersion = workspace.fingerprint();
        this.site = new SiteView(config.name(), config.baseUrl(), config.language(), config.description(),
                config.supportUrl(), config.navbar(), config.footer(), assetVersion, config.search().enabled());
        this.sidebar = new SidebarBuilder(tree, config.sidebar());
        this.links = new LinkIndex(tree.readingOrder(), brokenLinks);
        this.updated = new LastUpdated(tree, dates);
        this.ratings = config.ratings().enabled() ? Optional.of(new RatingsView(RatingsConfig.API_PATH,
                Arrays.stream(FeedbackReason.values()).map(r -> new ReasonView(r.id(), r.label())).toList(), RatingsConfig.COMMENT_MAX))
                : Optional.empty();
        this.keyCheck = config.keyCheck().map(k -> KeyCheckPages.view(config, k));
        this.components = new ComponentRegistry(components, templates, new WidgetSupport(ratings, keyCheck), site, problems);
    }

    /** Writes every page; what was written is then in {@link #rendered()}, what failed in the problems. */
    public void renderAll() {
        tree.readingOrder().parallelStream().forEach(this::question);
        tree.sections().forEach(this::category);
        renderSiteWide();
    }

    /**
     * Renders some pages again into a live site: with {@link RenderScope#ALL}, every page; otherwise the listed pages,
     * the site-wide lists (homes, sitemap) and nothing else.
     */
    public void render(RenderScope scope) {
        if (scope.all()) {
            renderAll();
            return;
        }
        tree.readingOrder().stream().filter(q -> scope.questionUrls().contains(q.url())).forEach(this::question);
        tree.sections().stream().filter(s -> scope.categoryIds().contains(s.category().id())).forEach(this::category);
        renderSiteWide();
    }

    /**
     * The pages that list the whole FAQ or are outside it: the homes, the 404 and search pages, the key checker's
     * pages, the sitemap, robots.txt, and the page manifest for ratings.
     */
    void renderSiteWide() {
        homes();
        special("404.ftl", "404.html", "notfound", "Page not found", "The page you asked for does not exist.", "/404.html");
        if (config.search().enabled()) {
            special("search.ftl", "search/index.html", "search", "Search", "Search the answers of " + config.name() + ".", "/search/");
        }
        tools();
        sitemap();
        writer.write("robots.ftl", "robots.txt", new PageContent("robots", "robots.txt", ""), Map.of("site", site));
        ManifestWriter.write(writer, tree);
    }

    void question(Question q) {
        Consumer<Finding> report = f -> problems.add(Problem.error(f.where(), f.message(), f.hint()));
        components.checkFrontMatter(q, report);
        ComponentRegistry.OnPage onPage = components.onPage(new ComponentPage(q.url(), q.title()), q.frontMatter().widgets());
        // the TOC, the description and the FAQPage answer are the text the reader sees, read from the rendered HTML
        RenderedMarkdown answer = markdown.render(new MarkdownRenderer.Source(q.markdown(),
                new SourceRef(q.source().path(), q.bodyLine(), 1), links.targets(problems), onPage, content::snippet));
        answer.findings().forEach(report);
        ShownText shown = VisibleText.derive(answer);
        String description = q.frontMatter().description().isBlank() ? shown.description() : q.frontMatter().description();
        Category category = tree.section(q.categoryId()).orElseThrow().category();
        List<Crumb> crumbs = tree.breadcrumbs(q);
        NavView nav = new NavView(crumbs, sidebar.forQuestion(q),
                tree.previous(q).map(p -> new Neighbour(p.title(), p.url())).orElse(null),
                tree.next(q).map(n -> new Neighbour(n.title(), n.url())).orElse(null));
        String date = updated.of(q);
        QuestionView page = new QuestionView(q.title(), answer.html(), category.label(), category.url(), shown.headings(),
                q.frontMatter().tags(), date, q.url(), shown.toc(), readable(date), config.editUrlOf(q.source().path()),
                q.frontMatter().widgets());
        MetaView meta = meta("question", q.title(), description, q.url(), "article", date, true,
                List.of(StructuredData.faqPage(q.title(), shown.text(), config.absolute(q.url()), date),
                        StructuredData.breadcrumbs(crumbs, config::absolute)));
        Map<String, Object> variables = new HashMap<>(Map.of("site", site, "meta", meta, "nav", nav, "page", page));
        variables.put("tabs", answer.tabs());
        if (!onPage.placedInAnswer(RatingWidget.NAME)) {
            ratings.ifPresent(r -> variables.put("ratings", r));
        }
        if (KeyCheckPages.wantsWidget(q)) {
            keyCheck.ifPresent(view -> variables.put("keyCheck", view));
        }
        written(new RenderedPage(q.url(), q.url().substring(1) + "index.html", "question.ftl", Optional.of(q),
                shown.headings(), answer.links(), answer.includes()), new PageContent("faq", q.title(), answer.html()), variables);
    }

    /** A category's page and its sidebar fragment. */
    void category(NavTree.Section section) {
        writer.write("sidebar-items.ftl", section.category().url().substring(1) + SidebarBuilder.FRAGMENT,
                new PageContent("sidebar", section.category().label(), ""),
                Map.of("site", site, "page", new Views.SidebarFragmentView(sidebar.allItems(section.category()))));
        Category category = section.category();
        CategoryView page = categoryView(section);
        List<Crumb> crumbs = tree.breadcrumbs(category);
        NavView nav = new NavView(crumbs, sidebar.forCategory(category), null, null);
        Optional<CategoryText> own = content.text(category.id());
        Optional<RenderedMarkdown> text = own.map(t -> categoryText(t, category));
        Optional<ShownText> shown = text.map(VisibleText::derive);
        String description = own.map(CategoryText::description).filter(d -> !d.isBlank()).orElse(category.description());
        if (description.isBlank()) {
            description = shown.map(ShownText::description).filter(d -> !d.isBlank())
                    .orElse("Questions and answers about " + category.label() + ".");
        }
        MetaView meta = meta("category", category.label(), description, category.url(), "website",
                updated.ofCategory(category.id()), true, List.of(StructuredData.breadcrumbs(crumbs, config::absolute)));
        Map<String, Object> variables = new HashMap<>(Map.of("site", site, "meta", meta, "nav", nav, "page", page));
        text.ifPresent(t -> {
            variables.put("text", new Views.CategoryTextView(t.html(), shown.orElseThrow().toc()));
            variables.put("tabs", t.tabs());
        });
        written(new RenderedPage(category.url(), category.url().substring(1) + "index.html", "category.ftl", Optional.empty(),
                        shown.map(ShownText::headings).orElse(List.of()), text.map(RenderedMarkdown::links).orElse(List.of()),
                        text.map(RenderedMarkdown::includes).orElse(java.util.Set.of())),
                new PageContent("category", category.label(), text.map(RenderedMarkdown::html).orElse(category.description())), variables);
    }

    /** A category's own text, rendered like an answer with its findings at the lines of its {@code _index.md}. */
    private RenderedMarkdown categoryText(CategoryText text, Category category) {
        ComponentRegistry.OnPage onPage = components.onPage(new ComponentPage(category.url(), category.label()), List.of());
        RenderedMarkdown rendered = markdown.render(new MarkdownRenderer.Source(text.markdown(),
                new SourceRef(text.source().path(), text.bodyLine(), 1), links.targets(problems), onPage, this.content::snippet));
        rendered.findings().forEach(f -> problems.add(Problem.error(f.where(), f.message(), f.hint())));
        return rendered;
    }

    private void homes() {
        List<CategoryView> categories = tree.sections().stream().map(this::categoryView).toList();
        int count = tree.readingOrder().size();
        HomeView faq = new HomeView("Frequently asked questions", config.description(), categories, count);
        NavView faqNav = new NavView(tree.faqBreadcrumbs(), sidebar.collapsed(), null, null);
        MetaView faqMeta = meta("faq", faq.title(), describe(config.description(), count), "/faq/", "website", updated.ofSite(),
                true, List.of(StructuredData.breadcrumbs(tree.faqBreadcrumbs(), config::absolute)));
        written(RenderedPage.of("/faq/", "faq/index.html", "faq.ftl"), new PageContent("faq-home", faq.title(), ""),
                Map.of("site", site, "meta", faqMeta, "nav", faqNav, "page", faq));
        HomeView home = new HomeView(config.name(), config.description(), categories, count);
        NavView homeNav = new NavView(List.of(), sidebar.collapsed(), null, null);
        MetaView homeMeta = meta("home", home.title(), describe(config.description(), count), "/", "website", updated.ofSite(),
                true, List.of(StructuredData.breadcrumbs(List.of(new Crumb("Home", "/")), config::absolute)));
        written(RenderedPage.of("/", "index.html", "home.ftl"), new PageContent("home", home.title(), ""),
                Map.of("site", site, "meta", homeMeta, "nav", homeNav, "page", home));
    }

    /** A page outside the FAQ's tree, kept out of search engines: the 404 page, the search page. */
    private void special(String template, String output, String kind, String title, String description, String url) {
        NavView nav = new NavView(List.of(new Crumb("Home", "/"), new Crumb(title, url)), sidebar.collapsed(), null, null);
        HomeView page = new HomeView(title, "", tree.sections().stream().map(this::categoryView).toList(), tree.readingOrder().size());
        MetaView meta = meta(kind, title, description, url, "website", "", false,
                List.of(StructuredData.breadcrumbs(List.of(new Crumb("Home", "/"), new Crumb(title, url)), config::absolute)));
        written(RenderedPage.of(url, output, template), new PageContent(kind, title, ""), Map.of("site", site, "meta", meta, "nav", nav, "page", page));
    }

    /** The key checker's pages, when the site has the checker: indexed by search engines, with breadcrumbs. */
    private void tools() {
        if (keyCheck.isEmpty()) {
            return;
        }
        KeyCheckConfig checker = config.keyCheck().orElseThrow();
        KeyCheckPages.checkAnswers(checker, tree, problems);
        NavView nav = new NavView(KeyCheckPages.crumbs(), sidebar.collapsed(), null, null);
        MetaView meta = meta("tool", keyCheck.get().title(), KeyCheckPages.DESCRIPTION, KeyCheckPages.URL, "website", "", true,
                List.of(StructuredData.breadcrumbs(KeyCheckPages.crumbs(), config::absolute)));
        written(RenderedPage.of(KeyCheckPages.URL, KeyCheckPages.URL.substring(1) + "index.html", "key-check.ftl"),
                new PageContent("tool", KeyCheckPages.TITLE, ""), Map.of("site", site, "meta", meta, "nav", nav, "page", keyCheck.get()));
        Views.ToolsView tools = KeyCheckPages.tools();
        NavView toolsNav = new NavView(KeyCheckPages.toolsCrumbs(), sidebar.collapsed(), null, null);
        MetaView toolsMeta = meta("tools", tools.title(), tools.intro(), KeyCheckPages.TOOLS_URL, "website", "", true,
                List.of(StructuredData.breadcrumbs(KeyCheckPages.toolsCrumbs(), config::absolute)));
        written(RenderedPage.of(KeyCheckPages.TOOLS_URL, KeyCheckPages.TOOLS_URL.substring(1) + "index.html", "tools.ftl"),
                new PageContent("tools", tools.title(), ""), Map.of("site", site, "meta", toolsMeta, "nav", toolsNav, "page", tools));
    }

    private void sitemap() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry(config.absolute("/"), updated.ofSite()));
        entries.add(new SitemapEntry(config.absolute("/faq/"), updated.ofSite()));
        if (keyCheck.isPresent()) {
            entries.add(new SitemapEntry(config.absolute(KeyCheckPages.TOOLS_URL), ""));
            entries.add(new SitemapEntry(config.absolute(KeyCheckPages.URL), ""));
        }
        for (NavTree.Section section : tree.sections()) {
            entries.add(new SitemapEntry(config.absolute(section.category().url()), updated.ofCategory(section.category().id())));
            for (Question q : section.questions()) {
                entries.add(new SitemapEntry(config.absolute(q.url()), updated.of(q)));
            }
        }
        writer.write("sitemap.ftl", "sitemap.xml", new PageContent("sitemap", "sitemap", ""),
                Map.of("site", site, "page", new SitemapView(entries)));
    }

    /** The HTML pages written so far, for the checks. */
    public List<RenderedPage> rendered() {
        return List.copyOf(rendered);
    }

    private void written(RenderedPage page, PageContent content, Map<String, Object> variables) {
        if (writer.write(page.template(), page.file(), content, variables)) {
            rendered.add(page);
        }
    }

    private CategoryView categoryView(NavTree.Section section) {
        Category category = section.category();
        List<QuestionLink> questions = section.questions().stream()
                .map(q -> new QuestionLink(q.title(), q.url(), q.frontMatter().description())).toList();
        return new CategoryView(category.id(), category.label(), category.description(), category.url(), questions);
    }

    private MetaView meta(String kind, String title, String description, String url, String type, String modified,
                          boolean indexable, List<String> structuredData) {
        String image = config.socialImage().isEmpty() || !config.socialImage().startsWith("/")
                ? config.socialImage() : config.absolute(config.socialImage());
        return new MetaView(kind, title, description, url, config.absolute(url), type, modified, indexable, image, structuredData);
    }

    private static String readable(String isoDate) {
        return isoDate.isEmpty() ? "" : LocalDate.parse(isoDate).format(READABLE_DATE);
    }

    private static String describe(String configured, int count) {
        return configured.isBlank() ? "Answers to " + count + " frequently asked questions." : configured;
    }
}
