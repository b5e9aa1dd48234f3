package dev.faqsite.markdown;

/**
 * A heading of an answer, for the table of contents and for checks.
 *
 * @param level 2 for {@code ##} …
 * @param id    the anchor id it is rendered with
 * @param text  its plain text
 * @param line  its line in the source file
 */
public record Heading(int level, String id, String text, int line) {
}
