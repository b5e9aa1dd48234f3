package dev.faqsite.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of a directive, {@code {file="a.md" label='Python' default}}: quoted values (double or single quotes,
 * a backslash escaping the quote or itself), unquoted words, and bare flags, in the order written.
 *
 * @param values each attribute's value; a bare flag has the value {@code "true"} and is listed in {@code flags}
 * @param flags  the attributes written without a value
 * @param cols   each attribute's column in the line, for findings
 */
public record Attributes(Map<String, String> values, List<String> flags, Map<String, Integer> cols) {

    public static final Attributes NONE = new Attributes(Map.of(), List.of(), Map.of());

    public Attributes {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        flags = List.copyOf(flags);
        cols = Map.copyOf(cols);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** What parsing a {@code {…}} found: the attributes, where the braces end, and what was wrong (col, message). */
    record Parse(Attributes attributes, int end, List<Problem> problems) {
    }

    /** Something wrong in the braces, at a column of the line. */
    record Problem(int col, String message, String hint) {
    }

    /**
     * @param line  the line
     * @param open  the index of the opening {@code {}
     * @param col0  the column (1-based) of index 0 of {@code line} in the file's line
     */
    static Parse parse(CharSequence line, int open, int col0) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> cols = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int i = open + 1;
        while (true) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= line.length()) {
                problems.add(new Problem(col0 + open, "attributes are never closed", "end them with '}' on the same line"));
                return new Parse(new Attributes(values, flags, cols), line.length(), problems);
            }
            char c = line.charAt(i);
            if (c == '}') {
                return new Parse(new Attributes(values, flags, cols), i + 1, problems);
            }
            int nameStart = i;
            while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-' || line.charAt(i) == '_')) {
                i++;
            }
            if (i == nameStart) {
                problems.add(new Problem(col0 + i, "unexpected '" + c + "' in attributes",
                        "write name=\"value\" pairs or bare flags, separated by spaces"));
                return new Parse(new Attributes(values, flags, cols), skipTo(line, i, '}'), problems);
            }
            String name = line.subSequence(nameStart, i).toString();
            String value = "true";
            boolean flag = true;
            if (i < line.length() && line.charAt(i) == '=') {
                flag = false;
                i++;
                if (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
                    char quote = line.charAt(i);
                    StringBuilder text = new StringBuilder();
                    int start = i++;
                    while (i < line.length() && line.charAt(i) != quote) {
                        if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                            i++;
                        }
                        text.append(line.charAt(i++));
                    }
                    if (i >= line.length()) {
                        problems.add(new Problem(col0 + start, "the value of '" + name + "' has no closing " + quote,
                                "close the quote before the end of the line"));
                        return new Parse(new Attributes(values, flags, cols), line.length(), problems);
                    }
                    i++;
                    value = text.toString();
                } else {
                    int start = i;
                    while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && "}\"'=".indexOf(line.charAt(i)) < 0) {
                        i++;
                    }
                    if (i == start) {
                        problems.add(new Problem(col0 + start, "'" + name + "=' has no value", "write " + name + "=\"value\""));
                    }
                    value = line.subSequence(start, i).toString();
                }
            }
            if (values.containsKey(name)) {
                problems.add(new Problem(col0 + nameStart, "attribute '" + name + "' is given twice", "keep one of them"));
            } else {
                values.put(name, value);
                cols.put(name, col0 + nameStart);
                if (flag) {
                    flags.add(name);
                }
            }
        }
    }

    private static int skipTo(CharSequence line, int from, char c) {
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                return i + 1;
            }
        }
        return line.length();
    }
}
