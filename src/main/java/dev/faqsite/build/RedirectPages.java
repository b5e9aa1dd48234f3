package dev.faqsite.build;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.model.Question;
import dev.faqsite.model.RedirectFrom;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.render.Bakery;
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
import java.util.stream.Collectors;

/**
 * Writes the redirects that pages declare with {@code redirect_from:}: a static page at each old URL that sends the
 * reader to the new one without JavaScript ({@code <meta http-equiv="refresh">}, a canonical link, {@code noindex},
 * and a visible link), and a {@code _redirects} file ({@code old new 301}) for hosts that answer with a real 301
 * (Netlify, Cloudflare Pages). Refuses, at the {@code redirect_from:} entry, a redirect to a page that is not
 * published and one whose old URL is still a page or a file of the site — such a redirect would overwrite it.
 */
final class RedirectPages {

    /** Written at the site's root, in the format Netlify and Cloudflare Pages read. */
    static final String REDIRECTS_FILE = "_redirects";
    /** Folders the build fills after this step: a redirect there would be overwritten, or overwrite. */
    private static final List<String> RESERVED = List.of("/" + SearchIndexer.OUTPUT + "/", "/assets/");

    /**
     * One old URL and where it now leads.
     *
     * @param from  the old URL, where {@code redirect_from:} declares it
     * @param to    the site path of the page, e.g. {@code /faq/billing/refunds/}
     * @param title the page's title, for the redirect page's link
     */
    record Redirect(RedirectFrom from, String to, String title) {

        /** The redirects a question declares. */
        static List<Redirect> of(Question question) {
            return question.frontMatter().redirectFrom().stream().map(r -> new Redirect(r, question.url(), question.title())).toList();
        }
    }

    private RedirectPages() {
    }

    /** Writes the redirects of a bake's questions into the site it baked. */
    static List<RenderedPage> write(Path site, SiteConfig config, Bakery.Outcome baked, Problems problems) throws IOException {
        return write(site, config, baked.sources(), baked.pages().stream().map(RenderedPage::url).collect(Collectors.toSet()), problems);
    }

    /** Writes the redirects the questions declare (drafts included: theirs are refused). */
    static List<RenderedPage> write(Path site, SiteConfig config, List<Question> questions, Set<String> published,
                                    Problems problems) throws IOException {
        return write(site, config, questions.stream().flatMap(q -> Redirect.of(q).stream()).toList(), published, problems);
    }

    /**
     * Writes redirects from any source of them (questions; category pages once they declare old URLs too).
     *
     * @param site      the baked site, every page and asset already in it
     * @param published the URLs of the pages in the site
     * @return the redirect pages written, for the checks; nothing is written when a redirect is refused
     */
    static List<RenderedPage> write(Path site, SiteConfig config, Collection<Redirect> declared, Set<String> published,
                                    Problems problems) throws IOException {
        List<Redirect> redirects = declared.stream().sorted(Comparator.comparing(r -> r.from().declaredAt())).toList();
        if (!refuseBad(site, redirects, published, problems)) {
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
            pages.add(new RenderedPage(folder, folder.substring(1) + "index.html", "redirect", Optional.empty(), List.of(), List.of()));
            file.append(from).append(' ').append(redirect.to()).append(" 301\n");
        }
        if (!redirects.isEmpty()) {
            Files.writeString(site.resolve(REDIRECTS_FILE), file.toString());
        }
        return pages;
    }

    /** Every published page's old URLs, to tell whether a change touched them. */
    static Map<String, List<String>> declared(dev.faqsite.model.NavTree tree) {
        Map<String, List<String>> out = new HashMap<>();
        tree.readingOrder().stream().filter(q -> !q.frontMatter().redirectFrom().isEmpty())
                .forEach(q -> out.put(q.url(), q.frontMatter().redirectFrom().stream().map(RedirectFrom::path).toList()));
        return out;
    }

    /** Reports every redirect that must not be written; true when there is none. */
    private static boolean refuseBad(Path site, List<Redirect> redirects, Set<String> published, Problems problems) {
        Map<String, RedirectFrom> seen = new HashMap<>();
        boolean ok = true;
        for (Redirect redirect : redirects) {
            RedirectFrom from = redirect.from();
            String path = from.path();
            String folder = path.endsWith("/") ? path : path + "/";
            RedirectFrom earlier = seen.putIfAbsent(folder, from);
            Problem problem = null;
            if (!published.contains(redirect.to())) {
                problem = Problem.error(from.declaredAt(), "redirect from " + path + " goes to " + redirect.to()
                        + ", which is not published", "the page is a draft: publish it, or build with --drafts");
            } else if (earlier != null) {
                problem = Problem.error(from.declaredAt(), "redirect from " + path + " is declared twice: here and at "
                        + earlier.declaredAt(), "keep it in one page's redirect_from");
            } else if (Files.exists(site.resolve(folder.substring(1)).resolve("index.html")) || Files.isRegularFile(site.resolve(path.substring(1)))
                    || RESERVED.stream().anyMatch(folder::startsWith)) {
                problem = Problem.error(from.declaredAt(), "redirect from " + path + " would overwrite " + path + ", which the site still has",
                        "a page or file of the site is served there: remove the entry from redirect_from");
            }
            if (problem != null) {
                problems.add(problem);
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
                + "<p>Its answer is now at <a href=\"" + url + "\">" + title + "</a>.</p>\n"
                + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
