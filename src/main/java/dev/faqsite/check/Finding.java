package dev.faqsite.check;

import org.jsoup.nodes.Element;

/**
 * Something a check found in a page, before it is traced to its source.
 *
 * @param rule    which check
 * @param page    the page it is in
 * @param element the element to point at (its source is looked up), or the page's root
 * @param message what is wrong
 * @param hint    what to do
 */
record Finding(Rule rule, PageFacts page, Element element, String message, String hint) {
}
