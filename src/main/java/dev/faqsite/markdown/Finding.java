package dev.faqsite.markdown;

/**
 * Something wrong in an answer's Markdown, at its line in the file; the caller knows the file and turns it into a
 * problem.
 *
 * @param line    1-based line in the file
 * @param message what is wrong
 * @param hint    what to do about it
 */
public record Finding(int line, String message, String hint) {
}
