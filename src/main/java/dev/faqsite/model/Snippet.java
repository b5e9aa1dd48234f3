package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

/**
 * A piece of Markdown that answers include ({@code ::include{file="_snippets/contact-support.md"}}) and that is never
 * a page itself: a {@code .md} file under a folder of {@code content/} whose name starts with {@code _}.
 *
 * @param file     its path under {@code content/}, as includes name it, e.g. {@code _snippets/contact-support.md}
 * @param source   the file (line 1), as authors see it
 * @param markdown its text
 */
public record Snippet(String file, SourceRef source, String markdown) {
}
