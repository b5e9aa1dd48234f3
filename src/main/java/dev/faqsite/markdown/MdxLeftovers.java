package dev.faqsite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.faqsite.diag.SourceRef;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDX written in an answer, which is Markdown: Docusaurus authors paste it out of habit, and nothing else would tell
 * them. An {@code import} or {@code export} line and a {@code {/* … *}{@code /}} comment show on the page as text; a
 * JSX component ({@code <Tabs>}) is no HTML element, so its content shows unstyled or not at all. Each is reported at
 * its line ({@code faqsite import docusaurus} converts all three). Code blocks and code spans are left alone.
 */
final class MdxLeftovers {

    private static final Pattern ESM = Pattern.compile(
            "^(?:import\\s+(?:[\\w*{}\\s,]+\\s+from\\s+)?['\"][^'\"]+['\"]|export\\s+(?:default|const|let|function)\\b.*);?\\s*$");
    /** A tag whose name starts with a capital letter: JSX's way to write a component. */
    private static final Pattern COMPONENT_TAG = Pattern.compile("</?([A-Z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*)(?=[\\s/>])");
    /** HTML's elements, which HTML lets an author write in capitals ({@code <DIV>}). */
    private static final Set<String> HTML = Set.of("a", "abbr", "address", "area", "article", "aside", "audio", "b", "bdi",
            "bdo", "blockquote", "br", "button", "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del",
            "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "iframe", "img", "input", "ins", "kbd", "label",
            "legend", "li", "main", "map", "mark", "meter", "nav", "object", "ol", "optgroup", "option", "output", "p",
            "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "section", "select", "small", "source",
            "span", "strong", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
            "thead", "time", "tr", "track", "u", "ul", "var", "video", "wbr");
    private static final String CONVERT = "; or convert the doc from MDX with 'faqsite import docusaurus'";

    private MdxLeftovers() {
    }

    /** The MDX of a parsed answer, at its lines in the file. */
    static void findings(Document document, SourceMap lines, List<Finding> out) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                esm(paragraph, lines, out);
            } else if (node instanceof Text text
                    && node.getAncestorOfType(Code.class, FencedCodeBlock.class, IndentedCodeBlock.class) == null) {
                String chars = text.getChars().toString();
                int comment = chars.indexOf("{/*");
                if (comment >= 0 && chars.indexOf("*/}", comment) > 0) {
                    out.add(new Finding(at(node, comment, lines), "an MDX comment '{/* … */}' shows on the page as text",
                            "an answer is Markdown: write an HTML comment, <!-- … -->" + CONVERT));
                }
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                components(node, lines, out);
            }
        }
    }

    private static void esm(Paragraph paragraph, SourceMap lines, List<Finding> out) {
        String chars = paragraph.getChars().toString();
        int start = 0;
        for (String line : chars.split("\n", -1)) {
            if (ESM.matcher(line.strip()).matches()) {
                String word = line.strip().startsWith("import") ? "import" : "export";
                out.add(new Finding(at(paragraph, start, lines), "an MDX " + word + " line shows on the page as text: '"
                        + line.strip() + "'", "an answer is Markdown: delete it, components are written as directives, ::name" + CONVERT));
            }
            start += line.length() + 1;
        }
    }

    private static void components(Node node, SourceMap lines, List<Finding> out) {
        String chars = node.getChars().toString();
        Matcher tag = COMPONENT_TAG.matcher(chars);
        while (tag.find()) {
            String name = tag.group(1);
            if (!HTML.contains(name.toLowerCase(Locale.ROOT)) && chars.charAt(tag.start() + 1) != '/') {
                out.add(new Finding(at(node, tag.start(), lines), "MDX component <" + name + "> is not HTML: the page shows "
                        + "its content unstyled, or nothing", "an answer is Markdown: write it as a directive, ::::tabs for"
                        + " tabs, see docs/components.md" + CONVERT));
            }
        }
    }

    /** The file's line and column of the character {@code offset} characters into {@code node}. */
    private static SourceRef at(Node node, int offset, SourceMap lines) {
        String before = node.getChars().toString().substring(0, offset);
        int newlines = (int) before.chars().filter(c -> c == '\n').count();
        int column = newlines == 0 ? node.getChars().getStartOffset() - node.getChars().getBaseSequence()
                .startOfLine(node.getChars().getStartOffset()) + offset + 1 : offset - before.lastIndexOf('\n');
        return lines.at(node.getStartLineNumber() + newlines, column);
    }
}
