package dev.faqsite.render;

import dev.faqsite.markdown.Heading;
import dev.faqsite.markdown.LinkNote;
import dev.faqsite.model.Question;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page the bake wrote, with what is needed to trace a finding in it back to its source: the template that produced
 * it and, for a question, the Markdown file with the lines of its headings, links and images.
 *
 * @param url      the site path, e.g. {@code /faq/general/what/}
 * @param file     the file under the output folder, e.g. {@code faq/general/what/index.html}
 * @param template the top-level template, e.g. {@code question.ftl}
 * @param question the question it shows, if any
 * @param headings the answer's headings with their source lines
 * @param links    the answer's links and images with their source lines
 * @param includes the snippets the answer includes, by their path under {@code content/}: a live preview renders the
 *                 page again when one of them changes
 */
public record RenderedPage(String url, String file, String template, Optional<Question> question, List<Heading> headings,
                           List<LinkNote> links, Set<String> includes) {

    public RenderedPage {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        includes = Set.copyOf(includes);
    }

    static RenderedPage of(String url, String file, String template) {
        return new RenderedPage(url, file, template, Optional.empty(), List.of(), List.of(), Set.of());
    }
}
