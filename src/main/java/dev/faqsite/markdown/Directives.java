package dev.faqsite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The directive syntax, always on: parses {@code ::name{…}} and {@code :::name{…}} … {@code :::} (see
 * {@link DirectiveParser}) and renders each component as a pair of markers around its content, which
 * {@link #place} then replaces, innermost first, by what the page's {@link Components} make of it.
 */
final class Directives implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The components of one document in the order they were rendered; set per document before rendering. */
    static final DataKey<List<Directive>> RENDERED = new DataKey<>("FAQSITE_COMPONENTS", List.of());
    private static final String OPEN = "<!--faqsite:component ";
    private static final String CLOSE = "<!--/faqsite:component ";

    static Directives create() {
        return new Directives();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new DirectiveParser.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** The syntax errors of a parsed document's components: attributes, containers never closed. */
    static void findings(Document document, SourceMap lines, List<Finding> out) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Directive d) {
                int line = node.getStartLineNumber();
                d.problems().forEach(p -> out.add(new Finding(lines.at(line, p.col()), p.message(), p.hint())));
                if (!d.closed()) {
                    out.add(new Finding(lines.at(line, d.col()), "'" + d.written() + "' is never closed",
                            "end it with a line of ':::'; until then it holds the rest of the answer"));
                }
            }
        }
    }

    /** Replaces each rendered component's markers and content by its HTML, innermost first. */
    static String place(String html, List<Directive> rendered, SourceMap lines, Components components, List<Finding> findings) {
        String out = html;
        Map<String, Integer> seen = new HashMap<>();
        int[] ordinals = rendered.stream().mapToInt(d -> seen.merge(d.name(), 1, Integer::sum)).toArray();
        for (int id = rendered.size() - 1; id >= 0; id--) {
            Directive d = rendered.get(id);
            String open = OPEN + id + "-->";
            String close = CLOSE + id + "-->";
            int start = out.indexOf(open);
            int end = out.indexOf(close, start);
            if (start < 0 || end < 0) {
                continue;
            }
            String body = out.substring(start + open.length(), end).strip();
            ComponentUse use = new ComponentUse(d.name(), d.label(), d.attributes(), !d.leaf(),
                    lines.at(d.getStartLineNumber(), d.col()), ordinals[id]);
            Consumer<Finding> report = findings::add;
            // attributes that did not parse are reported already; judging the rest would only add noise
            String drawn = d.problems().isEmpty() ? components.render(use, body, report) : "";
            out = out.substring(0, start) + drawn + out.substring(end + close.length());
        }
        return out;
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Directive.class, (node, context, html) -> {
                if (Tabs.isTabs(node)) {
                    Tabs.render(node, context, html); // built in: drawn here, not by the page's components
                    return;
                }
                List<Directive> rendered = RENDERED.get(context.getDocument());
                int id = rendered.size();
                rendered.add(node);
                html.line();
                html.raw(OPEN + id + "-->");
                context.renderChildren(node);
                html.raw(CLOSE + id + "-->");
                html.line();
            }));
        }
    }
}
