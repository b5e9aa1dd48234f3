package dev.faqsite.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * Bare URLs, {@code www.} addresses and e-mail addresses made links: flexmark's {@link AutolinkExtension}, with its
 * post-processor asked only about text that could hold a link. Flexmark's runs a regular expression over every text
 * node of every answer (through a character view that is slow to read), and that was an eighth of a build's
 * rendering (profiled on 2,000 pages). A text without {@code :}, {@code @} or {@code www.} holds none of the links
 * it finds, unless an escape or an entity ({@code \:}, {@code &#58;}) decodes to one: such text is asked too, as is
 * a text that flexmark joins with an entity after it. What it links is flexmark's own decision, unchanged
 * ({@code AutolinksTest} renders the same HTML as flexmark's extension).
 */
final class Autolinks implements Parser.ParserExtension {

    private Autolinks() {
    }

    static Autolinks create() {
        return new Autolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether flexmark's autolinker could find a link in a text node with these characters. */
    static boolean mayHoldLink(String text) {
        if (text.indexOf(':') >= 0 || text.indexOf('@') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\\') >= 0) {
            return true;
        }
        for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class); // the nodes flexmark's own factory asks for
        }

        @Override
        public @NotNull NodePostProcessor apply(@NotNull Document document) {
            return new Filtered(new AutolinkNodePostProcessor(document));
        }
    }

    private static final class Filtered extends NodePostProcessor {

        private final AutolinkNodePostProcessor flexmark;

        Filtered(AutolinkNodePostProcessor flexmark) {
            this.flexmark = flexmark;
        }

        @Override
        public void process(@NotNull NodeTracker state, @NotNull Node node) {
            // flexmark joins a text with an entity or typographic text right after it before looking: whenever one
            // follows, ask it, so that what is linked stays flexmark's decision
            Node next = node.getNext();
            if (next instanceof HtmlEntity || next instanceof TypographicText || mayHoldLink(node.getChars().toString())) {
                flexmark.process(state, node);
            }
        }
    }
}
