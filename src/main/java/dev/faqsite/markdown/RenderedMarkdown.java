package dev.faqsite.markdown;

import java.util.List;
import java.util.Set;

/**
 * An answer rendered to HTML. Its text as a reader sees it (the summary, the whole answer as plain text) is read from
 * the HTML by {@code render}, which knows what the page hides.
 *
 * @param html     the HTML fragment
 * @param headings its headings in document order
 * @param findings what is wrong in the Markdown, at its lines (links are reported through {@link LinkTargets})
 * @param links    every link and image, with its source line
 * @param includes every snippet included, directly or through another, by its path under {@code content/}
 * @param tabs     whether it has content tabs: the page then loads their script
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<Finding> findings, List<LinkNote> links,
                               Set<String> includes, boolean tabs) {
    public RenderedMarkdown {
        headings = List.copyOf(headings);
        findings = List.copyOf(findings);
        links = List.copyOf(links);
        includes = Set.copyOf(includes);
    }
}
