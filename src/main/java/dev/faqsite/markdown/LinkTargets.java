package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;

/**
 * Decides where a link written in a page's Markdown points in the built site: links to {@code .md} files become the
 * URLs of those pages. Implementations report links to missing files.
 */
@FunctionalInterface
public interface LinkTargets {

    /** Leaves every link as written. */
    LinkTargets AS_WRITTEN = (href, where) -> href;

    /**
     * @param href the link as written
     * @param where the place of the link: a relative link resolves against this file (the page's, or a snippet's)
     * @return the link to emit
     */
    String resolve(String href, SourceRef where);
}
