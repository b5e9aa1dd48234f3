package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

import java.util.List;

/**
 * A category's own text, {@code content/faq/<category>/_index.md}: shown on the category's page above its questions,
 * rendered like an answer. Never a question itself.
 *
 * @param categoryId  the folder it is in
 * @param description from its front matter, or empty: the category page's description, over {@code _category.yml}'s
 * @param redirectFrom the category page's old URLs, from {@code redirect_from:} (Docusaurus imports write them)
 * @param source      the file
 * @param bodyLine    the line the Markdown starts on, to trace findings back to the file
 * @param markdown    the text, as Markdown
 */
public record CategoryText(String categoryId, String description, List<RedirectFrom> redirectFrom, SourceRef source, int bodyLine,
                           String markdown) {

    public CategoryText {
        redirectFrom = List.copyOf(redirectFrom);
    }

    /** The file name that holds a category's text. */
    public static final String FILE_NAME = "_index.md";
}
