package dev.faqsite.check;

import dev.faqsite.render.RenderedPage;
import org.jsoup.nodes.Document;

import java.util.Set;

/**
 * A parsed page and the ids it offers to links from other pages.
 *
 * @param page     what the bake knows about it
 * @param document the parsed HTML
 * @param ids      every id in it
 */
record PageFacts(RenderedPage page, Document document, Set<String> ids) {
}
