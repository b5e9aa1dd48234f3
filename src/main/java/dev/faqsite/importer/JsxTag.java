package dev.faqsite.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One JSX tag as MDX writes it: {@code <TabItem value="py" label="Python" default>}, {@code </Tabs>} or
 * {@code <DocCardList />}. Attribute values are kept as written: a string's text, an expression's source between its
 * braces, {@code true} for a bare flag.
 *
 * @param name       the element's name
 * @param kind       opening, closing or self-closing
 * @param attributes name → value
 * @param expressions names of the attributes written as {@code {…}} expressions
 */
record JsxTag(String name, Kind kind, Map<String, String> attributes, java.util.Set<String> expressions) {

    enum Kind { OPEN, CLOSE, SELF_CLOSING }

    /** Whether the name is a component (capitalised, as JSX requires) rather than an HTML element. */
    boolean component() {
        return Character.isUpperCase(name.charAt(0));
    }

    Optional<String> text(String attribute) {
        return expressions.contains(attribute) ? Optional.empty() : Optional.ofNullable(attributes.get(attribute));
    }

    boolean flag(String attribute) {
        return attributes.containsKey(attribute) && !"false".equals(attributes.get(attribute))
                && !(expressions.contains(attribute) && "false".equals(attributes.get(attribute).strip()));
    }

    /** Where the tag starting at {@code from} ends (index after its {@code >}), or -1 when it is not closed in {@code text}. */
    static int end(String text, int from) {
        char quote = 0;
        int braces = 0;
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            } else if (c == '>' && braces == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The tag that is exactly {@code text} (surrounding spaces allowed), if it is one. */
    static Optional<JsxTag> parse(String text) {
        String t = text.strip();
        if (!t.startsWith("<") || end(t, 0) != t.length()) {
            return Optional.empty();
        }
        boolean closing = t.startsWith("</");
        int i = closing ? 2 : 1;
        int nameEnd = i;
        while (nameEnd < t.length() && (Character.isLetterOrDigit(t.charAt(nameEnd)) || t.charAt(nameEnd) == '.' || t.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        if (nameEnd == i || !Character.isLetter(t.charAt(i))) {
            return Optional.empty();
        }
        String name = t.substring(i, nameEnd);
        String inner = t.substring(nameEnd, t.length() - 1).strip();
        boolean selfClosing = inner.endsWith("/");
        if (selfClosing) {
            inner = inner.substring(0, inner.length() - 1).strip();
        }
        if (closing) {
            return inner.isEmpty() ? Optional.of(new JsxTag(name, Kind.CLOSE, Map.of(), java.util.Set.of())) : Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        java.util.Set<String> expressions = new java.util.HashSet<>();
        int p = 0;
        while (p < inner.length()) {
            while (p < inner.length() && Character.isWhitespace(inner.charAt(p))) {
                p++;
            }
            int start = p;
            while (p < inner.length() && !Character.isWhitespace(inner.charAt(p)) && inner.charAt(p) != '=') {
                p++;
            }
            if (p == start) {
                break;
            }
            String key = inner.substring(start, p);
            if (p < inner.length() && inner.charAt(p) == '=') {
                p++;
                char open = p < inner.length() ? inner.charAt(p) : ' ';
                int close = valueEnd(inner, p);
                if (close < 0) {
                    return Optional.empty();
                }
                attributes.put(key, inner.substring(p + 1, close));
                if (open == '{') {
                    expressions.add(key);
                }
                p = close + 1;
            } else {
                attributes.put(key, "true");
            }
        }
        return Optional.of(new JsxTag(name, selfClosing ? Kind.SELF_CLOSING : Kind.OPEN, attributes, expressions));
    }

    /** The index of the character closing a value that starts at {@code from} with a quote or a brace. */
    private static int valueEnd(String text, int from) {
        char open = text.charAt(from);
        if (open == '"' || open == '\'') {
            return text.indexOf(open, from + 1);
        }
        if (open != '{') {
            return -1;
        }
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
