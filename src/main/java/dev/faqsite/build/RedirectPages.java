package dev.faqsite.build;

import dev.faqsite.search.PagefindBinary;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.RedirectFrom;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.render.RenderedPage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the redirects that questions and categories' {@code _index.md} declare with {@code redirect_from:}: a static
 * page at each old URL that sends the reader to the new one without JavaScript ({@code <meta http-equiv="refresh">}, a canonical link, {@code noindex},
 * and a visible link), and a {@code _redirects} file ({@code old new 301}) for hosts that answer with a real 301
 * (Netlify, Cloudflare Pages). Refuses, at the {@code redirect_from:} entry, a redirect whose old URL is still a page
 * or a file of the site — such a redirect would overwrite it. The rules that need only the content (an old URL leads
 * to a published page, from one page or category only) are checked with the content tree, before the bake.
 */
final class RedirectPages {

    /** Written at the site's root, in the format Netlify and Cloudflare Pages read. */
    static final String REDIRECTS_FILE = "_redirects";
    /** Folders the build fills after this step: a redirect there would be overwritten, or overwrite. */
    private static final List<String> RESERVED = List.of("/" + PagefindBinary.OUTPUT + "/", "/assets/");

    /**
     * One old URL and where it now leads.
     *
     * @param from  the old URL, where {@code redirect_from:} declares it
     * @param to    the site path of the page, e.g. {@code /faq/billing/refunds/}
     * @param title the page's title, for the redirect page's link
     * @param moved what the reader finds there, before the link
     */
    record Redirect(RedirectFrom from, String to, String title, String moved) {

        /** The redirects a question declares. */
        static List<Redirect> of(Question question) {
            return question.frontMatter().redirectFrom().stream()
                    .map(r -> new Redirect(r, question.url(), question.title(), "Its answer is now at")).toList();
        }

        /** The redirects a category's text declares, to the category's page; none when the category has no page. */
        static List<Redirect> of(CategoryText text, NavTree tree) {
            return tree.section(text.categoryId()).map(NavTree.Section::category).stream()
                    .flatMap(c -> text.redirectFrom().stream().map(r -> new Redirect(r, c.url(), c.label(), "Its questions are now at")))
                    .toList();
        }
    }

    private RedirectPages() {
    }

    /** Writes the redirects the published questions and the category texts of a bake declare into the site it baked. */
    static List<RenderedPage> write(Path site, SiteConfig config, NavTree tree, Map<String, CategoryText> texts, Problems problems)
            throws IOException {
        return write(site, config, all(tree, texts), problems);
    }

    private static List<Redirect> all(NavTree tree, Map<String, CategoryText> texts) {
        return Stream.concat(tree.readingOrder().stream().flatMap(q -> Redirect.of(q).stream()),
                texts.values().stream().flatMap(t -> Redirect.of(t, tree).stream())).toList();
    }

    /**
     * Writes redirects from any source of them.
     *
     * @param site the baked site, every page and asset already in it
     * @return the redirect pages written, for the checks; nothing is written when a redirect is refused
     */
    static List<RenderedPage> write(Path site, SiteConfig config, Collection<Redirect> declared, Problems problems)
            throws IOException {
        List<Redirect> redirects = declared.stream().sorted(Comparator.comparing(r -> r.from().declaredAt())).toList();
        if (!refuseBad(site, redirects, problems)) {
            return List.of();
        }
        List<RenderedPage> pages = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (Redirect redirect : redirects.stream().sorted(Comparator.comparing(r -> r.from().path())).toList()) {
            String from = redirect.from().path();
            String folder = from.endsWith("/") ? from : from + "/";
            Path page = site.resolve(folder.substring(1)).resolve("index.html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, html(config, redirect));
            pages.add(new RenderedPage(folder, folder.substring(1) + "index.html", "redirect", Optional.empty(), List.of(), List.of(), Set.of()));
            file.append(from).append(' ').append(redirect.to()).append(" 301\n");
        }
        if (!redirects.isEmpty()) {
            Files.writeString(site.resolve(REDIRECTS_FILE), file.toString());
        }
        return pages;
    }

    /** Every published page's old URLs, categories' too, to tell whether a change touched them. */
    static Map<String, List<String>> declared(NavTree tree, Map<String, CategoryText> texts) {
        Map<String, List<String>> out = new HashMap<>();
        all(tree, texts).forEach(r -> out.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.from().path()));
        return out;
    }

    /** Reports every redirect that would overwrite a page or file of the site; true when there is none. */
    private static boolean refuseBad(Path site, List<Redirect> redirects, Problems problems) {
        boolean ok = true;
        for (Redirect redirect : redirects) {
            String path = redirect.from().path();
            String folder = path.endsWith("/") ? path : path + "/";
            if (Files.exists(site.resolve(folder.substring(1)).resolve("index.html")) || Files.isRegularFile(site.resolve(path.substring(1)))
                    || RESERVED.stream().anyMatch(folder::startsWith)) {
                problems.add(Problem.error(redirect.from().declaredAt(), "redirect from " + path + " would overwrite " + path
                        + ", which the site still has", "a page or file of the site is served there: remove the entry from redirect_from"));
                ok = false;
            }
        }
        return ok;
    }

    private static String html(SiteConfig config, Redirect redirect) {
        String url = escape(redirect.to());
        String title = escape(redirect.title());
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(config.language()) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Moved: " + title + " | " + escape(config.name()) + "</title>\n"
                + "<meta name=\"description\" content=\"This page has moved to " + url + ".\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + escape(config.absolute(redirect.to())) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + url + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<main>\n"
                + "<h1>This page has moved</h1>\n"
                + "<p>" + escape(redirect.moved()) + " <a href=\"" + url + "\">" + title + "</a>.</p>\n"
                + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
