package dev.faqsite.render;

import dev.faqsite.diag.Problems;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.markdown.RenderedMarkdown;
import dev.faqsite.model.Category;
import dev.faqsite.model.FeedbackReason;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.RatingsConfig;
import dev.faqsite.model.SiteConfig;
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
import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders every page of the site exactly once: questions (on all cores), category pages, the FAQ home, the site home,
 * the 404 page and the sitemap. Each page costs the same whatever the size of the site.
 */
final class SiteRenderer {

    private static final int DESCRIPTION_LENGTH = 160;

    private final SiteConfig config;
    private final NavTree tree;
    private final MarkdownRenderer markdown;
    private final PageWriter writer;
    private final Problems problems;
    private final SiteView site;
    private final SidebarBuilder sidebar;
    private final LinkIndex links;
    private final List<RenderedPage> rendered = Collections.synchronizedList(new ArrayList<>());
    private final Optional<RatingsView> ratings;
    private final Optional<KeyCheckView> keyCheck;

    SiteRenderer(SiteConfig config, NavTree tree, MarkdownRenderer markdown, PageWriter writer, Problems problems,
                 String assetVersion) {
        this.config = config;
        this.tree = tree;
        this.markdown = markdown;
        this.writer = writer;
        this.problems = problems;
        this.site = new SiteView(config.name(), config.baseUrl(), config.language(), config.description(),
                config.supportUrl(), config.navbar(), config.footer(), assetVersion);
        this.sidebar = new SidebarBuilder(tree, config.sidebar());
        this.links = new LinkIndex(tree.readingOrder());
        this.ratings = config.ratings().enabled() ? Optional.of(new RatingsView(RatingsConfig.API_PATH,
                Arrays.stream(FeedbackReason.values()).map(r -> new ReasonView(r.id(), r.label())).toList(), RatingsConfig.COMMENT_MAX))
                : Optional.empty();
        this.keyCheck = config.keyCheck().map(k -> KeyCheckPages.view(config, k));
    }

    /** Writes every page; what was written is then in {@link #rendered()}, what failed in the problems. */
    void renderAll() {
        tree.readingOrder().parallelStream().forEach(this::question);
        tree.sections().forEach(this::category);
        renderSiteWide();
    }

    /**
     * The pages that list the whole FAQ: the homes, the 404 page, the key checker's pages, the sitemap, and the page
     * manifest for ratings.
     */
    void renderSiteWide() {
        homes();
        special("404.ftl", "404.html", "notfound", "Page not found", "/404.html");
        tools();
        sitemap();
        ManifestWriter.write(writer, tree);
    }

    void question(Question q) {
        RenderedMarkdown answer = markdown.render(q.markdown(), q.bodyLine(), links.forPage(q, problems));
        String description = q.frontMatter().description().isBlank() ? shorten(answer.summary()) : q.frontMatter().description();
        Category category = tree.section(q.categoryId()).orElseThrow().category();
        NavView nav = new NavView(tree.breadcrumbs(q), sidebar.forQuestion(q),
                tree.previous(q).map(p -> new Neighbour(p.title(), p.url())).orElse(null),
                tree.next(q).map(n -> new Neighbour(n.title(), n.url())).orElse(null));
        QuestionView page = new QuestionView(q.title(), answer.html(), category.label(), category.url(), answer.headings(),
                q.frontMatter().tags(), q.frontMatter().lastUpdated().map(Object::toString).orElse(""), q.url(),
                q.frontMatter().widgets());
        Map<String, Object> variables = new HashMap<>(Map.of("site", site, "meta", meta("question", q.title(), description, q.url()),
                "nav", nav, "page", page));
        ratings.ifPresent(r -> variables.put("ratings", r));
        if (KeyCheckPages.wantsWidget(q)) {
            keyCheck.ifPresentOrElse(view -> variables.put("keyCheck", view), () -> KeyCheckPages.checkWidget(q, problems));
        }
        written(new RenderedPage(q.url(), q.url().substring(1) + "index.html", "question.ftl", Optional.of(q),
                answer.headings(), answer.links()), content(QuestionEngine.TYPE, q.title(), answer.html()), variables);
    }

    /** A category's page and its sidebar fragment. */
    void category(NavTree.Section section) {
        writer.write("sidebar-items.ftl", section.category().url().substring(1) + SidebarBuilder.FRAGMENT,
                content("sidebar", section.category().label(), ""),
                Map.of("site", site, "page", new Views.SidebarFragmentView(sidebar.allItems(section.category()))));
        Category category = section.category();
        CategoryView page = categoryView(section);
        NavView nav = new NavView(tree.breadcrumbs(category), sidebar.forCategory(category), null, null);
        String description = category.description().isBlank()
                ? "Questions and answers about " + category.label() + "." : category.description();
        written(RenderedPage.of(category.url(), category.url().substring(1) + "index.html", "category.ftl"),
                content(CategoryEngine.TYPE, category.label(), category.description()),
                Map.of("site", site, "meta", meta("category", category.label(), description, category.url()), "nav", nav, "page", page));
    }

    private void homes() {
        List<CategoryView> categories = tree.sections().stream().map(this::categoryView).toList();
        int count = tree.readingOrder().size();
        HomeView faq = new HomeView("Frequently asked questions", config.description(), categories, count);
        NavView faqNav = new NavView(tree.faqBreadcrumbs(), sidebar.collapsed(), null, null);
        written(RenderedPage.of("/faq/", "faq/index.html", "faq.ftl"), content("faq-home", faq.title(), ""), Map.of("site", site,
                "meta", meta("faq", faq.title(), describe(config.description(), count), "/faq/"), "nav", faqNav, "page", faq));
        HomeView home = new HomeView(config.name(), config.description(), categories, count);
        NavView homeNav = new NavView(List.of(), sidebar.collapsed(), null, null);
        written(RenderedPage.of("/", "index.html", "home.ftl"), content("home", home.title(), ""), Map.of("site", site,
                "meta", meta("home", home.title(), describe(config.description(), count), "/"), "nav", homeNav, "page", home));
    }

    private void special(String template, String output, String kind, String title, String url) {
        NavView nav = new NavView(List.of(), sidebar.collapsed(), null, null);
        HomeView page = new HomeView(title, "", tree.sections().stream().map(this::categoryView).toList(), tree.readingOrder().size());
        written(RenderedPage.of(url, output, template), content(kind, title, ""), Map.of("site", site,
                "meta", meta(kind, title, "The page you asked for does not exist.", url), "nav", nav, "page", page));
    }

    /** The key checker's pages, when the site has the checker. */
    private void tools() {
        if (keyCheck.isEmpty()) {
            return;
        }
        KeyCheckConfig checker = config.keyCheck().orElseThrow();
        KeyCheckPages.checkAnswers(checker, tree, problems);
        String description = "Check whether a new API key already works in every regional site of the API, and what to do if not.";
        NavView nav = new NavView(KeyCheckPages.crumbs(), sidebar.collapsed(), null, null);
        written(RenderedPage.of(KeyCheckPages.URL, KeyCheckPages.URL.substring(1) + "index.html", "key-check.ftl"),
                content("tool", KeyCheckPages.TITLE, ""), Map.of("site", site, "meta", meta("tool", keyCheck.get().title(), description,
                        KeyCheckPages.URL), "nav", nav, "page", keyCheck.get()));
        Views.ToolsView tools = KeyCheckPages.tools();
        NavView toolsNav = new NavView(KeyCheckPages.toolsCrumbs(), sidebar.collapsed(), null, null);
        written(RenderedPage.of(KeyCheckPages.TOOLS_URL, KeyCheckPages.TOOLS_URL.substring(1) + "index.html", "tools.ftl"),
                content("tools", tools.title(), ""), Map.of("site", site, "meta", meta("tools", tools.title(), tools.intro(),
                        KeyCheckPages.TOOLS_URL), "nav", toolsNav, "page", tools));
    }

    private void sitemap() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry(config.absolute("/"), ""));
        entries.add(new SitemapEntry(config.absolute("/faq/"), ""));
        if (keyCheck.isPresent()) {
            entries.add(new SitemapEntry(config.absolute(KeyCheckPages.TOOLS_URL), ""));
            entries.add(new SitemapEntry(config.absolute(KeyCheckPages.URL), ""));
        }
        for (NavTree.Section section : tree.sections()) {
            entries.add(new SitemapEntry(config.absolute(section.category().url()), ""));
            for (Question q : section.questions()) {
                entries.add(new SitemapEntry(config.absolute(q.url()), q.frontMatter().lastUpdated().map(Object::toString).orElse("")));
            }
        }
        writer.write("sitemap.ftl", "sitemap.xml", content("sitemap", "sitemap", ""),
                Map.of("site", site, "page", new SitemapView(entries)));
    }

    /** The HTML pages written so far, for the checks. */
    List<RenderedPage> rendered() {
        return List.copyOf(rendered);
    }

    private void written(RenderedPage page, DocumentModel content, Map<String, Object> variables) {
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

    private MetaView meta(String kind, String title, String description, String url) {
        return new MetaView(kind, title, description, url, config.absolute(url));
    }

    private static String describe(String configured, int count) {
        return configured.isBlank() ? "Answers to " + count + " frequently asked questions." : configured;
    }

    private static String shorten(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }

    private static DocumentModel content(String type, String title, String body) {
        DocumentModel content = DocumentModel.createDefaultDocumentModel();
        content.setType(type);
        content.setTitle(title);
        content.setBody(body);
        return content;
    }
}
