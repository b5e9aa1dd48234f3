package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.function.Consumer;

/** {@code headings}: exactly one h1, no skipped levels. */
final class HeadingsRule extends PageRule {

    HeadingsRule() {
        super("headings", "exactly one h1 and no skipped heading levels");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
        List<Element> headings = page.all(ElementKind.HEADING);
        List<Element> h1s = headings.stream().filter(h -> h.normalName().equals("h1")).toList();
        if (h1s.isEmpty()) {
            out.accept(new Finding(this, page, page.document().body(), "the page has no h1",
                    "give the page one h1 with its title"));
        }
        for (Element extra : h1s.stream().skip(1).toList()) {
            out.accept(new Finding(this, page, extra, "a second h1: " + text(extra),
                    "the question is the page's only h1; start the answer's sections at ##"));
        }
        int previous = 0;
        for (Element heading : headings) {
            int level = heading.normalName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                out.accept(new Finding(this, page, heading, "h" + level + " after h" + previous
                        + " skips a level: " + text(heading), "use h" + (previous + 1) + " (" + "#".repeat(previous + 1) + " in Markdown)"));
            }
            previous = level;
        }
    }

    /** A heading's text without its anchor link's "#". */
    private static String text(Element heading) {
        Element copy = heading.clone();
        copy.select(".heading-anchor, [aria-hidden=true]").remove();
        return copy.text();
    }
}
