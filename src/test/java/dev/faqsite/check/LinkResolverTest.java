package dev.faqsite.check;

import dev.faqsite.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkResolverTest {

    private static final String PAGE = "/faq/general/what-is-it/";

    /** What one link on {@link #PAGE} resolves to: {@code file#fragment}, {@code external:url}, or the finding. */
    private static String resolve(String href) {
        RenderedPage page = new RenderedPage(PAGE, "faq/general/what-is-it/index.html", "question.ftl", Optional.empty(), List.of(), List.of(), Set.of());
        Element link = Jsoup.parse("<a href=\"\">x</a>").selectFirst("a");
        link.attr("href", href);
        List<String> out = new ArrayList<>();
        new LinkResolver("https://docs.example.test").collect(PageFacts.of(page, link.ownerDocument()),
                internal -> out.add(internal.path() + (internal.fragment().isEmpty() ? "" : "#" + internal.fragment())),
                (external, element) -> out.add("external:" + external),
                finding -> out.add("finding:" + finding.message()));
        return String.join(" ", out);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // site paths as templates and Markdown write them
            "/faq/general/                   | faq/general/index.html",
            "/                               | index.html",
            "/faq/general/other/#setup       | faq/general/other/index.html#setup",
            "/assets/css/site.css?v=4bdd56f2 | assets/css/site.css",
            "/search/?q=key#results          | search/index.html#results",
            "https://docs.example.test/faq/  | faq/index.html",
            // what needs resolving against the page or decoding
            "#setup                          | faq/general/what-is-it/index.html#setup",
            "../other/                       | faq/general/other/index.html",
            "other/#a-b                      | faq/general/what-is-it/other/index.html#a-b",
            "/faq/./general/../billing/      | faq/billing/index.html",
            "/faq/caf%C3%A9/                 | faq/café/index.html",
            "/faq/general/#caf%C3%A9         | faq/general/index.html#café",
            "/.well-known/security.txt       | .well-known/security.txt",
            "/faq/a b/                       | faq/a b/index.html",
            // not files of the site
            "https://example.org/x           | external:https://example.org/x",
            "//cdn.example.org/x.js          | external://cdn.example.org/x.js",
            "mailto:docs@example.test        | external:mailto:docs@example.test",
            "/api/ratings                    | ''",
    })
    void resolvesEveryKindOfReferenceToTheFileThatServesIt(String href, String expected) {
        assertEquals(expected, resolve(href));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "javascript:void(0) | finding:cannot follow link 'javascript:void(0)'",
            "ftp://files.example.test/x | finding:cannot follow link 'ftp://files.example.test/x'",
    })
    void reportsWhatItCannotFollow(String href, String expected) {
        assertEquals(expected, resolve(href));
    }
}
