package dev.faqsite.markdown;

import java.util.List;

/**
 * An answer rendered to HTML.
 *
 * @param html     the HTML fragment
 * @param headings its headings in document order
 * @param summary  plain text of the first paragraph: the meta description when the author gives none
 * @param links    every link and image, with its source line
 */
public record RenderedMarkdown(String html, List<Heading> headings, String summary, List<LinkNote> links) {
    public RenderedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }
}
