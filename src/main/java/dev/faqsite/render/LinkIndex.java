package dev.faqsite.render;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.Severity;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.markdown.LinkTargets;
import dev.faqsite.model.CheckLevel;
import dev.faqsite.model.CheckRule;
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
    private final CheckLevel missing;

    /** @param missing the level of {@code checks.broken-link}, which a link to a missing {@code .md} file is found at */
    LinkIndex(List<Question> published, CheckLevel missing) {
        this.missing = missing;
        for (Question question : published) {
            urlBySource.put(question.source().path(), question.url());
        }
    }

    /** The link targets of one page: relative {@code .md} links resolve against the page's own file. */
    LinkTargets forPage(Question page, Problems problems) {
        String from = page.source().path();
        return (href, line) -> resolve(from, href, line, problems);
    }

    private String resolve(String from, String href, int line, Problems problems) {
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
            if (missing != CheckLevel.OFF) {
                problems.add(new Problem(missing == CheckLevel.ERROR ? Severity.ERROR : Severity.WARNING, new SourceRef(from, line, 1),
                        "link to a missing page " + path, "no published question at " + target
                        + "; check the file name and that it is not a draft", CheckRule.BROKEN_LINK.id()));
            }
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
