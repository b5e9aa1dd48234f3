package dev.faqsite.render;

import dev.faqsite.markdown.Heading;
import dev.faqsite.markdown.RenderedMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text a reader sees in rendered HTML: text as shown (escapes undone, entities decoded, inline code, link and
 * autolink text, unresolved {@code [x]} references kept), an image's alt text where the image is, a space for a line
 * break and between blocks. Chrome marked {@code data-pagefind-ignore} (a code block's language label) is left out,
 * as the search index leaves it out. Everything the build derives from an answer — the table of contents, the
 * description, the FAQPage answer — is taken from here, so that it says exactly what the page shows.
 */
final class VisibleText implements NodeVisitor {

    private final StringBuilder out = new StringBuilder();
    private boolean pendingSpace;
    private int ignoredDepth = -1;

    private VisibleText() {
    }

    /** An element's visible text on one line, whitespace collapsed. */
    static String of(Element element) {
        VisibleText visitor = new VisibleText();
        NodeTraversor.traverse(visitor, element);
        return visitor.out.toString();
    }

    /**
     * An answer's (or a category text's) table-of-contents entries, summary (its first paragraph) and plain text (one
     * top-level block a line), read from its rendered HTML instead of from the Markdown.
     */
    static ShownText derive(RenderedMarkdown answer) {
        Element body = Jsoup.parseBodyFragment(answer.html()).body();
        Map<String, String> headingText = new HashMap<>();
        for (Element heading : body.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            headingText.putIfAbsent(heading.id(), of(heading));
        }
        List<Heading> headings = answer.headings().stream()
                .map(h -> new Heading(h.level(), h.id(), headingText.getOrDefault(h.id(), h.text()), h.where())).toList();
        String summary = "";
        List<String> blocks = new ArrayList<>();
        for (Element block : body.children()) {
            String text = of(block);
            if (summary.isEmpty() && block.nameIs("p")) {
                summary = text;
            }
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return new ShownText(headings, summary, String.join("\n", blocks));
    }

    @Override
    public void head(Node node, int depth) {
        if (ignoredDepth >= 0) {
            return;
        }
        if (node instanceof TextNode text) {
            append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.hasAttr("data-pagefind-ignore") || element.nameIs("script") || element.nameIs("style")
                    || element.nameIs("template") || element.hasAttr("hidden")) {
                ignoredDepth = depth;
                return;
            }
            if (element.isBlock() || element.nameIs("br")) {
                pendingSpace = true;
            }
            if (element.nameIs("img")) {
                append(" " + element.attr("alt") + " ");
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (ignoredDepth == depth) {
            ignoredDepth = -1;
            return;
        }
        if (ignoredDepth < 0 && node instanceof Element element && !element.tag().isInline()) {
            pendingSpace = true;
        }
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                pendingSpace = true;
            } else {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
    }
}
