package dev.faqsite.model;

/**
 * How much of the FAQ every page's sidebar carries, so that a page's weight does not grow with the site.
 *
 * @param maxItems    the open category lists at most this many questions, a window around the current one
 * @param inlineItems a closed category carries its questions in the page when it has at most this many; a larger one
 *                    loads them when the reader opens it (and links to its category page without JavaScript)
 */
public record SidebarSettings(int maxItems, int inlineItems) {

    public static final SidebarSettings DEFAULT = new SidebarSettings(50, 20);
}
