package dev.faqsite.markdown;

/**
 * Decides where a link written in a page's Markdown points in the built site: links to {@code .md} files become the
 * URLs of those pages. Implementations report links to missing files.
 */
@FunctionalInterface
public interface LinkTargets {

    /** Leaves every link as written. */
    LinkTargets AS_WRITTEN = (href, line) -> href;

    /**
     * @param href the link as written
     * @param line the line of the source file the link is on
     * @return the link to emit
     */
    String resolve(String href, int line);
}
