package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;

/**
 * A heading of an answer, for the table of contents and for checks.
 *
 * @param level 2 for {@code ##} …
 * @param id    the anchor id it is rendered with
 * @param text  its plain text
 * @param where its place in the file it was written in (the page, or a snippet the page includes)
 */
public record Heading(int level, String id, String text, SourceRef where) {
}
