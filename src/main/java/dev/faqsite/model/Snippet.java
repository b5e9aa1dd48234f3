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

    /** Whether a path under {@code content/} names a snippet: a folder on the way starts with {@code _}. */
    public static boolean isSnippetPath(String file) {
        String[] parts = file.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
