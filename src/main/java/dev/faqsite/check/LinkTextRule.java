package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/** {@code link-text}: no empty link text, no "click here". */
final class LinkTextRule extends PageRule {

    private static final Pattern VAGUE = Pattern.compile("(?i)^(click here|here|read more|more|link|this|this link)$");
    /** The longest text {@link #VAGUE} matches: a page's hundreds of longer link texts skip the regular expression. */
    private static final int VAGUE_MAX_LENGTH = "click here".length();

    LinkTextRule() {
        super("link-text", "links have text that says where they go");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
        for (Element link : page.all(ElementKind.LINK)) {
            String name = AccessibleNames.of(page, link, true);
            if (name.isEmpty()) {
                out.accept(new Finding(this, page, link, "link without text to " + link.attr("href"),
                        "write the link's text, or give it an aria-label"));
            } else if (name.length() <= VAGUE_MAX_LENGTH && VAGUE.matcher(name).matches()) {
                out.accept(new Finding(this, page, link, "link text '" + name + "' does not say where it goes",
                        "use words that describe the target, e.g. 'the rate-limit answer'"));
            }
        }
    }
}
