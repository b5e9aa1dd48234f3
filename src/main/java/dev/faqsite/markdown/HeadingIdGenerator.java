package dev.faqsite.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

import java.util.HashSet;
import java.util.Set;

/**
 * Heading ids as flexmark makes them, except for headings holding an address written in angle brackets
 * ({@code ## Contact <support@example.test>}, {@code ## <https://status.example.test/>}): flexmark reads no text from
 * such a link, so the first got the id {@code contact-} and the second none at all, and its anchor and table-of-contents
 * entry pointed at {@code #}. Here the link counts with the address it shows, as GitHub counts it.
 */
final class HeadingIdGenerator extends HeaderIdGenerator {

    /** Makes the renderer's generator. */
    static final HeaderIdGeneratorFactory FACTORY = new HeaderIdGeneratorFactory() {
        @Override
        public @NotNull HtmlIdGenerator create(@NotNull LinkResolverContext context) {
            return new HeadingIdGenerator(context.getOptions());
        }

        @Override
        public @NotNull HtmlIdGenerator create() {
            return new HeadingIdGenerator(null);
        }
    };

    private HeadingIdGenerator(@Nullable DataHolder options) {
        super(options);
    }

    @Override
    public void generateIds(Document document) {
        generateIds(document, null);
    }

    @Override
    public void generateIds(Document document, @Nullable AnchorRefTargetBlockPreVisitor preVisitor) {
        super.generateIds(document, preVisitor);
        Set<String> taken = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && !holdsBracketedAddress(heading)) {
                taken.add(heading.getAnchorRefId());
            }
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && holdsBracketedAddress(heading)) {
                String base = generateId(text(heading), getToDashChars(), getNonDashChars(), isNoDupedDashes(),
                        isNonAsciiToLowercase());
                String id = base;
                for (int n = 1; isResolveDupes() && taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                taken.add(id);
                heading.setAnchorRefId(id);
            }
        }
    }

    private static boolean holdsBracketedAddress(Node node) {
        for (Node child : node.getChildren()) {
            if (child instanceof AutoLink || child instanceof MailLink || holdsBracketedAddress(child)) {
                return true;
            }
        }
        return false;
    }

    /** The heading's text with each bracketed address as it shows. */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child : node.getChildren()) {
            if (child instanceof AutoLink link) {
                out.append(link.getText());
            } else if (child instanceof MailLink mail) {
                out.append(mail.getText());
            } else if (holdsBracketedAddress(child)) {
                out.append(text(child));
            } else {
                out.append(new TextCollectingVisitor().collectAndGetText(child));
            }
        }
        return out.toString();
    }
}
