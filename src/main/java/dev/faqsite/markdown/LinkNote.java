package dev.faqsite.markdown;

/**
 * A link or image of an answer as rendered, with its source line, so that a check over the HTML can point at the
 * Markdown line that produced it.
 *
 * @param image whether it is an image ({@code href} is then its {@code src})
 * @param href  the URL as emitted (after links to {@code .md} files were resolved)
 * @param text  the link's text, or the image's alt text
 * @param line  its line in the source file
 */
public record LinkNote(boolean image, String href, String text, int line) {
}
