package dev.faqsite.markdown;

import java.util.List;
import java.util.Set;

/**
 * An answer rendered to HTML.
 *
 * @param html     the HTML fragment
 * @param headings its headings in document order
 * @param summary  plain text of the first paragraph: the meta description when the author gives none
 * @param text     plain text of the whole answer, one block per line: the answer in structured data
 * @param findings what is wrong in the Markdown, at its lines (links are reported through {@link LinkTargets})
 * @param links    every link and image, with its source line
 * @param includes every snippet included, directly or through another, by its path under {@code content/}
 * @param tabs     whether it has content tabs: the page then loads their script
 */
public record RenderedMarkdown(String html, List<Heading> headings, String summary, String text, List<Finding> findings,
                               List<LinkNote> links, Set<String> includes, boolean tabs) {
    public RenderedMarkdown {
        headings = List.copyOf(headings);
        findings = List.copyOf(findings);
        links = List.copyOf(links);
        includes = Set.copyOf(includes);
    }
}
