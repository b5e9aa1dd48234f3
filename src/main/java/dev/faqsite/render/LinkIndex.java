package dev.faqsite.render;

import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.markdown.LinkTargets;
import dev.faqsite.model.Question;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each source file ends up, so that an answer can link to another answer by its {@code .md} file — the link
 * that works in an editor and on a Git host — and readers get the page's URL.
 */
final class LinkIndex {

    private final Map<String, String> urlBySource = new HashMap<>();
    private final RuleLevel brokenLinks;

    /** @param brokenLinks the rule, at its level, a link to a missing {@code .md} file is found under */
    LinkIndex(List<Question> published, RuleLevel brokenLinks) {
        this.brokenLinks = brokenLinks;
        for (Question question : published) {
            urlBySource.put(question.source().path(), question.url());
        }
    }

    /** The link targets of pages: a relative {@code .md} link resolves against the file it is written in. */
    LinkTargets targets(Problems problems) {
        return (href, where) -> resolve(href, where, problems);
    }

    private String resolve(String href, SourceRef where, Problems problems) {
        String from = where.path();
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("/") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href;
        }
        int cut = firstOf(href, '#', '?');
        String path = cut < 0 ? href : href.substring(0, cut);
        String rest = cut < 0 ? "" : href.substring(cut);
        if (!path.endsWith(".md")) {
            return href;
        }
        Path parent = Path.of(from).getParent();
        String target = (parent == null ? Path.of(path) : parent.resolve(path)).normalize().toString().replace('\\', '/');
        String url = urlBySource.get(target);
        if (url == null) {
            // a finding of the broken-link rule like any other broken link: its level decides, and the bake goes on
            brokenLinks.finding(where, "link to a missing page " + path,
                    "no published question at " + target + "; check the file name and that it is not a draft").ifPresent(problems::add);
            return href;
        }
        return url + rest;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
