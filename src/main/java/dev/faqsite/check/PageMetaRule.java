package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/**
 * {@code page-meta}: a title, a meta description and an absolute canonical URL. Only the head counts: browsers and
 * search engines ignore page metadata in the body.
 */
final class PageMetaRule extends PageRule {

    PageMetaRule() {
        super("page-meta", "every page has a title, a meta description and a canonical URL");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
        Element head = page.document().head();
        Element title = head.selectFirst("title");
        if (title == null || title.text().isBlank()) {
            out.accept(new Finding(this, page, head, "the page has no title", "add a <title>"));
        }
        Element description = head.selectFirst("meta[name=description]");
        if (description == null || description.attr("content").isBlank()) {
            out.accept(new Finding(this, page, description == null ? head : description,
                    "the page has no meta description", "give the question a 'description:' or start the answer with a paragraph"));
        }
        Element canonical = head.selectFirst("link[rel=canonical]");
        // a page kept out of search engines (404, search results) needs no canonical URL
        boolean indexable = head.select("meta[name=robots][content~=(?i)noindex]").isEmpty();
        if (indexable && (canonical == null || !canonical.attr("href").matches("https?://.+"))) {
            out.accept(new Finding(this, page, canonical == null ? head : canonical,
                    "the page has no absolute canonical URL", "add <link rel=\"canonical\" href=\"${meta.canonical}\">"));
        }
    }
}
