package dev.faqsite.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDX within a line of text: {@code {/* comments *&#47;}} are removed, other {@code {expressions}} are left out and
 * reported, a component's tags are dropped (its children stay) and reported, JSX attributes of HTML elements become
 * HTML ({@code className}, {@code require('@site/…')}). Code spans and backslash escapes are left alone. An expression
 * may run over several lines: the state is kept between calls.
 */
final class InlineMdx {

    private static final Pattern COMMENT = Pattern.compile("^\\s*/\\*[\\s\\S]*\\*/\\s*$");
    private static final Pattern REQUIRE = Pattern.compile("^\\s*require\\(\\s*(['\"])(.+?)\\1\\s*\\)(?:\\.default)?\\s*$");

    private final DocSource doc;
    private final List<ImportNote> notes;
    private StringBuilder expression;
    private int expressionLine;
    private int depth;
    private char quote;

    InlineMdx(DocSource doc, List<ImportNote> notes) {
        this.doc = doc;
        this.notes = notes;
    }

    /** Whether an expression opened on an earlier line is still open. */
    boolean inExpression() {
        return expression != null;
    }

    /** The line of the expression still open. */
    int expressionLine() {
        return expressionLine;
    }

    String convert(String text, int line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (expression != null) {
                i = consumeExpression(text, i);
                continue;
            }
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int run = run(text, i);
                int close = closingRun(text, i + run, run);
                int end = close < 0 ? i + run : close + run;
                out.append(text, i, end);
                i = end;
            } else if (c == '{') {
                expression = new StringBuilder();
                expressionLine = line;
                depth = 1;
                i++;
            } else if (c == '<' && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
                int end = JsxTag.end(text, i);
                Optional<JsxTag> tag = end < 0 ? Optional.empty() : JsxTag.parse(text.substring(i, end));
                if (tag.isEmpty()) {
                    out.append(c);
                    i++;
                } else {
                    out.append(tag(tag.get(), text.substring(i, end), line));
                    i = end;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        if (expression != null) {
            expression.append('\n');
        }
        return out.toString();
    }

    private int consumeExpression(String text, int i) {
        char c = text.charAt(i);
        if (quote != 0) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'' || c == '`') {
            quote = c;
        } else if (c == '{') {
            depth++;
        } else if (c == '}' && --depth == 0) {
            String source = expression.toString();
            expression = null;
            if (!COMMENT.matcher(source).matches()) {
                notes.add(ImportNote.warning(doc.file(), expressionLine, "expression {" + shorten(source) + "}", "left out"));
            }
            return i + 1;
        }
        expression.append(c);
        return i + 1;
    }

    /** A tag within text: a component's tag is dropped, an HTML element's JSX attributes become HTML. */
    private String tag(JsxTag tag, String source, int line) {
        if (tag.component()) {
            if (tag.kind() == JsxTag.Kind.OPEN) {
                notes.add(ImportNote.warning(doc.file(), line, "component <" + tag.name() + ">", "kept its content, dropped the wrapper"));
            } else if (tag.kind() == JsxTag.Kind.SELF_CLOSING) {
                notes.add(ImportNote.warning(doc.file(), line, "component <" + tag.name() + " />", "removed"));
            }
            return "";
        }
        if (tag.kind() == JsxTag.Kind.CLOSE || (tag.expressions().isEmpty() && !tag.attributes().containsKey("className"))) {
            return source;
        }
        StringBuilder html = new StringBuilder("<").append(tag.name());
        for (Map.Entry<String, String> a : tag.attributes().entrySet()) {
            String name = a.getKey().equals("className") ? "class" : a.getKey().equals("htmlFor") ? "for" : a.getKey();
            String value = a.getValue();
            if (tag.expressions().contains(a.getKey())) {
                Matcher require = REQUIRE.matcher(value);
                if (!require.matches()) {
                    notes.add(ImportNote.warning(doc.file(), line, "attribute " + a.getKey() + "={" + shorten(value) + "} of <"
                            + tag.name() + ">", "left out"));
                    continue;
                }
                value = require.group(2);
            }
            html.append(' ').append(name);
            if (!(value.equals("true") && !tag.expressions().contains(a.getKey()) && !source.contains(a.getKey() + "="))) {
                html.append("=\"").append(value.replace("\"", "&quot;")).append('"');
            }
        }
        return html.append(tag.kind() == JsxTag.Kind.SELF_CLOSING ? " />" : ">").toString();
    }

    private static int run(String text, int from) {
        int n = 0;
        while (from + n < text.length() && text.charAt(from + n) == '`') {
            n++;
        }
        return n;
    }

    private static int closingRun(String text, int from, int length) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '`') {
                int n = run(text, i);
                if (n == length) {
                    return i;
                }
                i += n - 1;
            }
        }
        return -1;
    }

    static String shorten(String source) {
        String flat = source.strip().replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 39) + "…" : flat;
    }
}
