package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

/**
 * One question page: a Markdown file under {@code content/faq/<category>/}.
 *
 * @param categoryId  the folder it lives in
 * @param slug        its URL segment
 * @param frontMatter what its author declared
 * @param source      the file (line 1)
 * @param bodyLine    the line on which the Markdown body starts, to trace findings in the answer back to the file
 * @param markdown    the answer, as Markdown
 * @param contentHash hash of the file's bytes: the content version ratings are tied to
 */
public record Question(
        String categoryId,
        String slug,
        FrontMatter frontMatter,
        SourceRef source,
        int bodyLine,
        String markdown,
        String contentHash) {

    public String title() {
        return frontMatter.title();
    }

    /** The site path the page is served at, e.g. {@code /faq/general/what-is-coinapi/}. */
    public String url() {
        return "/faq/" + categoryId + "/" + slug + "/";
    }

    public boolean draft() {
        return frontMatter.draft();
    }
}
