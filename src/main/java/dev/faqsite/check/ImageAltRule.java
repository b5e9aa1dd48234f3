package dev.faqsite.check;

import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/** {@code image-alt}: every image has alt text; in an answer, {@code ![](…)} without a description counts as missing. */
final class ImageAltRule extends PageRule {

    ImageAltRule() {
        super("image-alt", "images have alt text");
    }

    @Override
    void check(PageFacts page, Consumer<Finding> out) {
        for (Element img : page.all(ElementKind.IMAGE)) {
            // alt="" marks a decorative image in a template; Markdown's ![](…) is far more often a forgotten description.
            // An answer's images are known from its Markdown, whatever the template wraps them in.
            boolean inAnswer = SourceLocator.markdownLink(page.page(), img).isPresent() || img.closest(SourceLocator.ANSWER) != null;
            if (!img.hasAttr("alt") || (inAnswer && img.attr("alt").isBlank())) {
                out.accept(new Finding(this, page, img, "image without alt text: " + img.attr("src"),
                        inAnswer ? "describe the image: ![what it shows](" + img.attr("src") + ")"
                                : "describe the image in its alt text, or write alt=\"\" if it is decorative"));
            }
        }
    }
}
