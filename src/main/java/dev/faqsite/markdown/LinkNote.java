package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;

/**
 * A link or image of an answer as rendered, with its source line, so that a check over the HTML can point at the
 * Markdown line that produced it.
 *
 * @param image whether it is an image ({@code href} is then its {@code src})
 * @param href  the URL as emitted (after links to {@code .md} files were resolved)
 * @param text  the link's text, or the image's alt text
 * @param where its place in the file it was written in (the page, or a snippet the page includes)
 */
public record LinkNote(boolean image, String href, String text, SourceRef where) {
}
