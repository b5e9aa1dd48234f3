package dev.faqsite.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An MDX body as lines ready to convert: a JSX tag written over several lines is joined into one, a known component's
 * tag sharing its line with text gets a line of its own, and the children of a component are un-indented (MDX has no
 * indented code blocks, so authors indent children freely; in Markdown four spaces would make them code).
 */
final class MdxLines {

    /** One line: its text, its line in the file, whether it is a component's tag, whether it is code. */
    record Line(String text, int number, Optional<JsxTag> tag, boolean code) {
    }

    /** Components whose tags are converted, so they may share a line with their children in the source. */
    static final Set<String> KNOWN = Set.of("Tabs", "TabItem", "Admonition", "CodeBlock");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");
    private static final Pattern TAG_START = Pattern.compile("</?[A-Za-z]");

    private MdxLines() {
    }

    static List<Line> of(List<String> body, int firstLine) {
        List<Line> joined = join(body, firstLine);
        return dedent(joined);
    }

    private static List<Line> join(List<String> body, int firstLine) {
        List<Line> out = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < body.size(); i++) {
            String raw = body.get(i);
            int number = firstLine + i;
            Matcher f = FENCE.matcher(raw);
            if (fence != null) {
                out.add(new Line(raw, number, Optional.empty(), true));
                if (f.matches() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length() && f.group(2).isBlank()) {
                    fence = null;
                }
                continue;
            }
            if (f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                fence = f.group(1);
                out.add(new Line(raw, number, Optional.empty(), true));
                continue;
            }
            String trimmed = raw.strip();
            String indent = raw.substring(0, raw.indexOf(trimmed.isEmpty() ? "" : trimmed));
            if (!TAG_START.matcher(trimmed).lookingAt()) {
                out.add(new Line(raw, number, Optional.empty(), false));
                continue;
            }
            String text = trimmed;
            int used = 0;
            while (JsxTag.end(text, 0) < 0 && i + used + 1 < body.size() && used < 30) {
                used++;
                text = text + " " + body.get(i + used).strip();
            }
            int end = JsxTag.end(text, 0);
            Optional<JsxTag> tag = end < 0 ? Optional.empty() : JsxTag.parse(text.substring(0, end));
            String rest = end < 0 ? "" : text.substring(end).strip();
            boolean block = tag.isPresent() && (tag.get().component() || tag.get().name().equals("details"));
            boolean known = tag.isPresent() && KNOWN.contains(tag.get().name());
            if (!block || (!rest.isEmpty() && !known)) {
                out.add(new Line(raw, number, Optional.empty(), false));
                continue;
            }
            out.add(new Line(indent + text.substring(0, end), number, tag, false));
            if (!rest.isEmpty()) {
                String closing = "</" + tag.get().name() + ">";
                boolean closes = rest.endsWith(closing) && tag.get().kind() == JsxTag.Kind.OPEN;
                String children = closes ? rest.substring(0, rest.length() - closing.length()).strip() : rest;
                if (!children.isEmpty()) {
                    out.add(new Line(indent + children, number, Optional.empty(), false));
                }
                if (closes) {
                    out.add(new Line(indent + closing, number, JsxTag.parse(closing), false));
                }
            }
            i += used;
        }
        return out;
    }

    /** Un-indents each component's children by their common indentation, innermost component first. */
    private static List<Line> dedent(List<Line> lines) {
        int[] strip = new int[lines.size()];
        int[] depth = new int[lines.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<JsxTag> tag = lines.get(i).tag();
            if (tag.isEmpty() || tag.get().kind() == JsxTag.Kind.SELF_CLOSING) {
                continue;
            }
            if (tag.get().kind() == JsxTag.Kind.OPEN) {
                open.push(i);
            } else if (!open.isEmpty() && lines.get(open.peek()).tag().orElseThrow().name().equals(tag.get().name())) {
                int from = open.pop();
                int common = Integer.MAX_VALUE;
                for (int j = from + 1; j < i; j++) {
                    String t = lines.get(j).text();
                    if (!t.isBlank()) {
                        common = Math.min(common, t.length() - t.stripLeading().length());
                    }
                }
                for (int j = from + 1; j < i; j++) {
                    if (depth[j] <= open.size()) { // not yet set by an inner component
                        strip[j] = common == Integer.MAX_VALUE ? 0 : common;
                        depth[j] = open.size() + 1;
                    }
                }
            }
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            int n = Math.min(strip[i], t.length() - t.stripLeading().length());
            out.add(new Line(t.substring(n), line.number(), line.tag(), line.code()));
        }
        return out;
    }
}
