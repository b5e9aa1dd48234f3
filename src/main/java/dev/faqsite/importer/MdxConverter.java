package dev.faqsite.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an MDX (or Markdown) doc body into faqsite Markdown: ESM lines removed, {@code <Tabs>}/{@code <TabItem>}
 * into {@code ::::tabs}/{@code :::tab}, {@code <Admonition>} into {@code :::type}, unknown components unwrapped,
 * self-closing ones removed, expressions left out, code fences kept as code (with their Docusaurus options), links
 * mapped. Every construct that did not come over as written is noted at its line.
 */
final class MdxConverter {

    /** The converted body, line by line, with each line's line in the source file. */
    record Body(List<String> lines, List<Integer> sourceLines, boolean lost) {
    }

    static final Map<String, String> ADMONITION_TYPES = Map.of("note", "note", "tip", "tip", "info", "info",
            "caution", "caution", "danger", "danger", "warning", "warning", "secondary", "note", "important", "info",
            "success", "tip");
    private static final Pattern IMPORT_FROM = Pattern.compile("\\bfrom\\s*['\"][^'\"]+['\"]");
    private static final Pattern BARE_IMPORT = Pattern.compile("import\\s*['\"]");
    private static final Pattern ESM = Pattern.compile("^(import|export)\\b.*");
    private static final Pattern SUMMARY = Pattern.compile("^\\s*<summary>.*</summary>\\s*$");
    private static final Set<String> CONTAINERS = Set.of("Tabs", "TabItem", "Admonition");

    private final DocSource doc;
    private final List<ImportNote> notes;
    private final InlineMdx inline;
    private final CodeFences fences;
    private final LinkRewriter links;
    private final CodeBlockComponent codeBlocks;
    private final List<String> out = new ArrayList<>();
    private final List<Integer> outLines = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private boolean lost;

    /** An open container component, with what its children need (the tab labels of a {@code <Tabs values>}). */
    private record Open(JsxTag tag, int line, Map<String, String> labels, Optional<String> defaultValue) {
    }

    private MdxConverter(DocSource doc, Path docsRoot, LinkRewriter links, List<ImportNote> notes) {
        this.codeBlocks = new CodeBlockComponent(doc, docsRoot, notes);
        this.doc = doc;
        this.notes = notes;
        this.inline = new InlineMdx(doc, notes);
        this.fences = new CodeFences(doc, notes);
        this.links = links;
    }

    static Body convert(DocSource doc, Path docsRoot, LinkRewriter links, List<ImportNote> notes) {
        MdxConverter converter = new MdxConverter(doc, docsRoot, links, notes);
        converter.run(MdxLines.of(doc.body(), doc.bodyLine()));
        return new Body(converter.out, converter.outLines, converter.lost);
    }

    private void run(List<MdxLines.Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            MdxLines.Line line = lines.get(i);
            if (line.code()) {
                fences.line(line.text(), line.number()).ifPresent(t -> emit(t, line.number()));
            } else if (line.tag().isPresent() && line.tag().get().name().equals("CodeBlock")) {
                i = codeBlock(lines, i);
            } else if (line.tag().isPresent()) {
                tag(line.tag().get(), line.text(), line.number());
            } else if (!inline.inExpression() && open.isEmpty() && ESM.matcher(line.text()).matches()) {
                i = skipStatement(lines, i);
            } else {
                text(line.text(), line.number());
            }
        }
        if (inline.inExpression()) {
            notes.add(ImportNote.lost(doc.file(), inline.expressionLine(), "'{' is never closed"));
            lost = true;
        }
        for (Open unclosed : open) {
            if (CONTAINERS.contains(unclosed.tag().name())) {
                notes.add(ImportNote.lost(doc.file(), unclosed.line(), "<" + unclosed.tag().name() + "> is never closed"));
                lost = true;
            }
        }
    }

    private void text(String text, int number) {
        Matcher heading = HeadingIds.CUSTOM.matcher(text);
        if (heading.matches()) {
            String generated = HeadingIds.fromText(heading.group(1).replaceFirst("^#+\\s+", ""));
            notes.add(ImportNote.warning(doc.file(), number, "heading id {#" + heading.group(2) + "}",
                    "left out: faqsite makes it '" + generated + "' from the heading's text; links to it follow"));
            text = heading.group(1);
        }
        boolean continuing = inline.inExpression();
        String converted = inline.convert(text, number);
        if ((continuing || inline.inExpression()) && converted.isBlank()) {
            return; // a line that only held (part of) an expression or a comment
        }
        if (!converted.isBlank() && !out.isEmpty() && SUMMARY.matcher(out.get(out.size() - 1)).matches()) {
            blank(); // Markdown children of raw HTML start after a blank line
        }
        emit(links.rewrite(converted, number), number);
    }

    private void tag(JsxTag tag, String text, int number) {
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        switch (tag.name()) {
            case "Tabs" -> tabs(tag, number);
            case "TabItem" -> tabItem(tag, number);
            case "Admonition" -> admonition(tag, number);
            case "details" -> {
                if (tag.kind() == JsxTag.Kind.CLOSE) {
                    blank(); // Markdown children of raw HTML end at a blank line
                }
                emit(indent + text.strip(), number);
            }
            default -> unknown(tag, number);
        }
    }

    private void tabs(JsxTag tag, int number) {
        if (tag.kind() == JsxTag.Kind.CLOSE) {
            close("Tabs", number, "::::");
            return;
        }
        Map<String, String> labels = TabValues.labels(tag.attributes().getOrDefault("values", ""));
        for (String ignored : List.of("queryString", "lazy", "className")) {
            if (tag.attributes().containsKey(ignored)) {
                notes.add(ImportNote.warning(doc.file(), number, "<Tabs " + ignored + ">", "left out: faqsite tabs have no such option"));
            }
        }
        blank();
        emit(tag.text("groupId").map(g -> "::::tabs{group=\"" + g + "\"}").orElse("::::tabs"), number);
        open.push(new Open(tag, number, labels, tag.text("defaultValue")));
    }

    private void tabItem(JsxTag tag, int number) {
        if (tag.kind() == JsxTag.Kind.CLOSE) {
            close("TabItem", number, ":::");
            return;
        }
        Optional<Open> tabs = open.stream().filter(o -> o.tag().name().equals("Tabs")).findFirst();
        String written = tag.text("value").orElse("");
        String label = tag.text("label").orElse(tabs.map(t -> t.labels().getOrDefault(written, written)).orElse(written));
        String value = written.isEmpty() ? Routes.segment(label) : written;
        if (written.isEmpty()) {
            notes.add(ImportNote.warning(doc.file(), number, "<TabItem> without a value", "used '" + value + "'"));
        }
        boolean isDefault = tag.flag("default") || tabs.flatMap(Open::defaultValue).filter(value::equals).isPresent();
        for (String ignored : List.of("attributes", "className")) {
            if (tag.attributes().containsKey(ignored)) {
                notes.add(ImportNote.warning(doc.file(), number, "<TabItem " + ignored + ">", "left out: faqsite tabs have no such option"));
            }
        }
        blank();
        emit(":::tab{label=\"" + label.replace("\"", "'") + "\" value=\"" + value + "\"" + (isDefault ? " default" : "") + "}", number);
        open.push(new Open(tag, number, Map.of(), Optional.empty()));
    }

    private void admonition(JsxTag tag, int number) {
        if (tag.kind() == JsxTag.Kind.CLOSE) {
            close("Admonition", number, ":::");
            return;
        }
        String written = tag.text("type").orElse("note");
        String type = ADMONITION_TYPES.getOrDefault(written, "note");
        if (!type.equals(written)) {
            notes.add(ImportNote.warning(doc.file(), number, "<Admonition type=\"" + written + "\">", "became :::" + type));
        }
        blank();
        emit(":::" + type + tag.text("title").map(t -> "[" + t + "]").orElse(""), number);
        open.push(new Open(tag, number, Map.of(), Optional.empty()));
    }

    private void unknown(JsxTag tag, int number) {
        switch (tag.kind()) {
            case OPEN -> notes.add(ImportNote.warning(doc.file(), number, "component <" + tag.name() + ">",
                    "kept its content, dropped the wrapper"));
            case SELF_CLOSING -> notes.add(ImportNote.warning(doc.file(), number, "component <" + tag.name() + " />",
                    tag.name().equals("DocCardList") ? "removed: a faqsite category page lists its questions" : "removed"));
            default -> {
            }
        }
    }

    private void close(String name, int number, String marker) {
        if (open.isEmpty() || !open.peek().tag().name().equals(name)) {
            notes.add(ImportNote.lost(doc.file(), number, "</" + name + "> does not close the component opened before it"));
            lost = true;
            return;
        }
        open.pop();
        blank();
        emit(marker, number);
        blank();
    }

    /** A {@code <CodeBlock>} and its children, up to its closing tag, as a fenced code block. */
    private int codeBlock(List<MdxLines.Line> lines, int from) {
        JsxTag tag = lines.get(from).tag().orElseThrow();
        int number = lines.get(from).number();
        List<String> children = new ArrayList<>();
        int end = from + 1;
        if (tag.kind() == JsxTag.Kind.OPEN) {
            while (end < lines.size() && !lines.get(end).tag().filter(t -> t.name().equals("CodeBlock") && t.kind() == JsxTag.Kind.CLOSE).isPresent()) {
                children.add(lines.get(end).text());
                end++;
            }
            if (end == lines.size()) {
                notes.add(ImportNote.lost(doc.file(), number, "<CodeBlock> is never closed"));
                lost = true;
                return end;
            }
        } else {
            end = from;
        }
        blank();
        codeBlocks.fence(tag, children, number).forEach(l -> fences.line(l, number).ifPresent(t -> emit(t, number)));
        blank();
        return end;
    }

    /** Skips an {@code import} or {@code export} statement, however many lines it takes. */
    private int skipStatement(List<MdxLines.Line> lines, int from) {
        StringBuilder statement = new StringBuilder();
        int i = from;
        for (; i < lines.size(); i++) {
            statement.append(lines.get(i).text()).append('\n');
            String s = statement.toString();
            int balance = 0;
            for (char c : s.toCharArray()) {
                balance += c == '{' || c == '(' || c == '[' ? 1 : c == '}' || c == ')' || c == ']' ? -1 : 0;
            }
            boolean importDone = s.startsWith("import") && (IMPORT_FROM.matcher(s).find() || BARE_IMPORT.matcher(s).lookingAt());
            if (balance <= 0 && (s.startsWith("export") || importDone)) {
                codeBlocks.importStatement(s);
                break;
            }
        }
        return Math.min(i, lines.size() - 1);
    }

    private void blank() {
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add("");
            outLines.add(outLines.get(outLines.size() - 1));
        }
    }

    private void emit(String text, int number) {
        if (text.isBlank() && (out.isEmpty() || out.get(out.size() - 1).isBlank()) && !fences.inside()) {
            return;
        }
        out.add(text);
        outLines.add(number);
    }
}
