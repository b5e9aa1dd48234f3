package dev.faqsite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

import java.util.List;
import java.util.Set;

/**
 * The {@code admonitions} extension: Docusaurus's {@code :::note}, {@code :::tip}, {@code :::info},
 * {@code :::caution} and {@code :::danger} callouts, with an optional title ({@code :::tip Title} or
 * {@code :::tip[Title]}). Rendered as {@code <div class="admonition admonition-tip" role="note">} with the title
 * first; the stylesheet draws the icon. An unknown kind or a missing closing line is reported at its line.
 */
final class Admonitions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static Admonitions create() {
        return new Admonitions();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(DirectiveParser.ADMONITIONS, true);
    }

    @Override
    public void extend(Parser.Builder parser) {
        // the syntax is parsed by Directives, always on; this extension makes the kinds admonitions
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** The admonitions of a parsed document that are never closed, at their lines in the file. */
    static void findings(Document document, SourceMap lines, List<Finding> out) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Admonition a && !a.closed()) {
                out.add(new Finding(lines.at(a.getStartLineNumber(), 1), "admonition ':::" + a.writtenKind() + "' is never closed",
                        "end it with a line of ':::'; until then it holds the rest of the answer"));
            }
        }
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Admonition.class, (node, context, html) -> {
                        html.line();
                        html.raw("<div class=\"admonition admonition-" + node.kind().cssName() + "\" role=\"note\">");
                        if (!(node.getFirstChild() instanceof AdmonitionTitle)) {
                            html.raw("<p class=\"admonition-title\">").text(node.kind().label).raw("</p>");
                        }
                        context.renderChildren(node);
                        html.raw("</div>");
                        html.line();
                    }),
                    new NodeRenderingHandler<>(AdmonitionTitle.class, (node, context, html) -> {
                        html.raw("<p class=\"admonition-title\">");
                        context.renderChildren(node);
                        html.raw("</p>");
                    }));
        }
    }
}
