package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;

/**
 * Something wrong in an answer's Markdown, at its place in the file it was written in (the page, or a snippet it
 * includes); the caller turns it into a problem.
 *
 * @param where   file, line and column
 * @param message what is wrong
 * @param hint    what to do about it
 */
public record Finding(SourceRef where, String message, String hint) {
}
