package dev.faqsite.markdown;

import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

import javax.swing.text.Segment;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Highlights code at build time with RSyntaxTextArea's tokenizers (JFlex lexers for some fifty languages, used here
 * without any of its Swing UI): each token becomes a {@code <span>} with a one-letter class that the stylesheet
 * colours for the light and the dark theme. A language it has no lexer for is escaped and left plain, so that an
 * unknown fence such as {@code matlab} still renders, just without colours. Thread-safe: every call makes its own
 * tokenizer, as tokenizers keep state between lines.
 */
final class CodeHighlighter {

    /** A language as a fence names it: what readers see on the block, and the lexer, if any. */
    record Language(String label, String style) {
        boolean highlighted() {
            return !style.equals(SyntaxConstants.SYNTAX_STYLE_NONE);
        }
    }

    private static final Map<String, Language> LANGUAGES = new HashMap<>();

    static {
        add(SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL, "Bash", "bash", "sh", "shell", "zsh", "console", "shellsession");
        add(SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH, "Batch", "bat", "batch", "cmd");
        add(SyntaxConstants.SYNTAX_STYLE_PYTHON, "Python", "python", "py", "python3");
        add(SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT, "JavaScript", "javascript", "js", "jsx", "node", "mjs");
        add(SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT, "TypeScript", "typescript", "ts", "tsx");
        add(SyntaxConstants.SYNTAX_STYLE_JSON, "JSON", "json", "jsonc", "json5");
        add(SyntaxConstants.SYNTAX_STYLE_JAVA, "Java", "java");
        add(SyntaxConstants.SYNTAX_STYLE_KOTLIN, "Kotlin", "kotlin", "kt");
        add(SyntaxConstants.SYNTAX_STYLE_SCALA, "Scala", "scala");
        add(SyntaxConstants.SYNTAX_STYLE_GROOVY, "Groovy", "groovy", "gradle");
        add(SyntaxConstants.SYNTAX_STYLE_CSHARP, "C#", "csharp", "cs", "c#");
        add(SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS, "C++", "cpp", "c++", "cc", "hpp");
        add(SyntaxConstants.SYNTAX_STYLE_C, "C", "c", "h");
        add(SyntaxConstants.SYNTAX_STYLE_GO, "Go", "go", "golang");
        add(SyntaxConstants.SYNTAX_STYLE_RUST, "Rust", "rust", "rs");
        add(SyntaxConstants.SYNTAX_STYLE_RUBY, "Ruby", "ruby", "rb");
        add(SyntaxConstants.SYNTAX_STYLE_PHP, "PHP", "php");
        add(SyntaxConstants.SYNTAX_STYLE_PERL, "Perl", "perl", "pl");
        add(SyntaxConstants.SYNTAX_STYLE_LUA, "Lua", "lua");
        add(SyntaxConstants.SYNTAX_STYLE_DART, "Dart", "dart");
        add(SyntaxConstants.SYNTAX_STYLE_VISUAL_BASIC, "Visual Basic", "vb", "vbnet");
        add(SyntaxConstants.SYNTAX_STYLE_SQL, "SQL", "sql");
        add(SyntaxConstants.SYNTAX_STYLE_XML, "XML", "xml", "svg");
        add(SyntaxConstants.SYNTAX_STYLE_HTML, "HTML", "html", "htm");
        add(SyntaxConstants.SYNTAX_STYLE_CSS, "CSS", "css");
        add(SyntaxConstants.SYNTAX_STYLE_YAML, "YAML", "yaml", "yml");
        add(SyntaxConstants.SYNTAX_STYLE_INI, "INI", "ini", "toml", "cfg");
        add(SyntaxConstants.SYNTAX_STYLE_PROPERTIES_FILE, "Properties", "properties");
        add(SyntaxConstants.SYNTAX_STYLE_DOCKERFILE, "Dockerfile", "dockerfile", "docker");
        add(SyntaxConstants.SYNTAX_STYLE_MAKEFILE, "Makefile", "makefile", "make");
        add(SyntaxConstants.SYNTAX_STYLE_MARKDOWN, "Markdown", "markdown", "md");
        add(SyntaxConstants.SYNTAX_STYLE_PROTO, "Protocol Buffers", "proto", "protobuf");
        add(SyntaxConstants.SYNTAX_STYLE_CSV, "CSV", "csv");
        // known to readers, no lexer here: labelled, shown plain
        add(SyntaxConstants.SYNTAX_STYLE_NONE, "HTTP", "http");
        add(SyntaxConstants.SYNTAX_STYLE_NONE, "MATLAB", "matlab");
        add(SyntaxConstants.SYNTAX_STYLE_NONE, "R", "r");
        add(SyntaxConstants.SYNTAX_STYLE_NONE, "Swift", "swift");
        add(SyntaxConstants.SYNTAX_STYLE_NONE, "Text", "text", "txt", "plaintext", "plain");
    }

    private static void add(String style, String label, String... names) {
        for (String name : names) {
            LANGUAGES.put(name, new Language(label, style));
        }
    }

    private CodeHighlighter() {
    }

    /** The language a fence's info string names; an unknown name is shown as written and not highlighted. */
    static Language language(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return LANGUAGES.get("text");
        }
        return LANGUAGES.getOrDefault(key, new Language(name.strip(), SyntaxConstants.SYNTAX_STYLE_NONE));
    }

    /** A fence's language as it may appear in a class name: lowercase letters, digits and hyphens. */
    static String cssName(String name) {
        String cleaned = name.strip().toLowerCase(Locale.ROOT).replace("#", "sharp").replace("+", "p")
                .replaceAll("[^a-z0-9-]+", "-");
        return cleaned.isEmpty() || cleaned.equals("-") ? "text" : cleaned;
    }

    /** The code as escaped HTML, with spans around the tokens worth colouring. */
    static String highlight(String code, Language language) {
        StringBuilder out = new StringBuilder(code.length() + code.length() / 2);
        if (!language.highlighted()) {
            escape(code, 0, code.length(), out);
            return out.toString();
        }
        TokenMaker tokens = TokenMakerFactory.getDefaultInstance().getTokenMaker(language.style());
        int state = TokenTypes.NULL;
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            char[] chars = lines[i].toCharArray();
            Segment line = new Segment(chars, 0, chars.length);
            for (Token t = tokens.getTokenList(line, state, 0); t != null && t.isPaintable(); t = t.getNextToken()) {
                span(chars, t, out);
            }
            state = tokens.getLastTokenTypeOnLine(new Segment(chars, 0, chars.length), state);
        }
        return out.toString();
    }

    private static void span(char[] line, Token token, StringBuilder out) {
        int start = token.getTextOffset();
        int end = start + token.length();
        String css = cssClass(token.getType());
        if (css == null) {
            escape(line, start, end, out);
            return;
        }
        out.append("<span class=\"").append(css).append("\">");
        escape(line, start, end, out);
        out.append("</span>");
    }

    /** One letter per kind of token keeps pages light: a code-heavy answer has thousands of them. */
    private static String cssClass(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                 TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> "c";
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.PREPROCESSOR -> "k";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                 TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA, TokenTypes.REGEX -> "s";
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                 TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.LITERAL_BOOLEAN -> "n";
            case TokenTypes.FUNCTION -> "f";
            case TokenTypes.DATA_TYPE, TokenTypes.MARKUP_TAG_NAME -> "t";
            case TokenTypes.VARIABLE, TokenTypes.MARKUP_TAG_ATTRIBUTE, TokenTypes.ANNOTATION,
                 TokenTypes.MARKUP_ENTITY_REFERENCE -> "v";
            default -> null;
        };
    }

    private static void escape(String text, int start, int end, StringBuilder out) {
        escape(text.toCharArray(), start, end, out);
    }

    private static void escape(char[] text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = text[i];
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
