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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders code blocks highlighted at build time, with a header naming the language (and the file, when the fence says
 * {@code title="…"}); site.js adds the copy button
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

        private static final Pattern TITLE = Pattern.compile("\\btitle=\"([^\"]*)\"");

        CodeBlockRenderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> render(
                            node.getInfoDelimitedByAny(CharPredicate.SPACE_TAB).toString(), title(node.getInfo().toString()),
                            node.getContentChars().normalizeEOL(), html)),
                    new NodeRenderingHandler<>(IndentedCodeBlock.class, (node, context, html) -> render(
                            "", "", node.getContentChars().trimTailBlankLines().normalizeEndWithEOL(), html)));
        }

        /** Docusaurus's {@code ```python title="fetch.py"}: the file the code belongs in, shown in the header. */
        private static String title(String info) {
            Matcher m = TITLE.matcher(info);
            return m.find() ? m.group(1).strip() : "";
        }

        private static void render(String info, String title, String code, HtmlWriter html) {
            CodeHighlighter.Language language = CodeHighlighter.language(info);
            String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
            String id = info.isBlank() ? "text" : CodeHighlighter.cssName(info);
            html.line();
            html.raw("<div class=\"code-block\" data-lang=\"" + id + "\">");
            html.raw("<div class=\"code-head\" data-pagefind-ignore>");
            if (!title.isEmpty()) {
                html.raw("<span class=\"code-title\">").text(title).raw("</span>");
            }
            html.raw("<span class=\"code-lang\">").text(language.label()).raw("</span></div>");
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
