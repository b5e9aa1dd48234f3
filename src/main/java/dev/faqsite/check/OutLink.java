package dev.faqsite.check;

import org.jsoup.nodes.Element;

/**
 * A reference from a page to a page or file of the site.
 *
 * @param rule     which check a broken target falls under (links vs files)
 * @param page     the page it is in
 * @param element  the element carrying it
 * @param path     the target file under the output folder, e.g. {@code faq/general/index.html}
 * @param fragment the #fragment without '#', or empty
 */
record OutLink(LinkRule rule, PageFacts page, Element element, String path, String fragment) {
}
