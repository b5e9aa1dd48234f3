package dev.faqsite.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import org.jetbrains.annotations.NotNull;

import java.util.Set;

/**
 * Renders code blocks highlighted at build time, with a header naming the language; site.js adds the copy button
 * to the header (a button that cannot work without JavaScript is not in the HTML). The header is left out of the
 * search index: the language's name is not what readers search for.
 */
final class CodeBlocks implements HtmlRenderer.HtmlRendererExtension {

    static CodeBlocks create() {
        return new CodeBlocks();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(CodeBlockRenderer::new);
    }

    private static final class CodeBlockRenderer implements NodeRenderer {

        CodeBlockRenderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> render(
                            node.getInfoDelimitedByAny(CharPredicate.SPACE_TAB).toString(),
                            node.getContentChars().normalizeEOL(), html)),
                    new NodeRenderingHandler<>(IndentedCodeBlock.class, (node, context, html) -> render(
                            "", node.getContentChars().trimTailBlankLines().normalizeEndWithEOL(), html)));
        }

        private static void render(String info, String code, HtmlWriter html) {
            CodeHighlighter.Language language = CodeHighlighter.language(info);
            String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
            String id = info.isBlank() ? "text" : CodeHighlighter.cssName(info);
            html.line();
            html.raw("<div class=\"code-block\" data-lang=\"" + id + "\">");
            html.raw("<div class=\"code-head\" data-pagefind-ignore><span class=\"code-lang\">");
            html.text(language.label());
            html.raw("</span></div>");
            html.raw("<pre class=\"code\" tabindex=\"0\"><code class=\"language-" + id + "\">");
            html.openPre(); // keeps the lines' leading spaces, which the writer would otherwise trim
            html.raw(CodeHighlighter.highlight(text, language));
            html.raw("</code></pre>");
            html.closePre();
            html.raw("</div>");
            html.line();
        }
    }
}
