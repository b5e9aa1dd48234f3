package dev.faqsite.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus's {@code <CodeBlock language title showLineNumbers>} component as a fenced code block: its children as
 * written, a template literal ({@code {`…`}}), or a file brought in with {@code import X from '!!raw-loader!./x.py'}
 * and written {@code {X}} — the way API docs keep their examples in real source files.
 */
final class CodeBlockComponent {

    private static final Pattern RAW_IMPORT = Pattern.compile("import\\s+(\\w+)\\s+from\\s+['\"]!!raw-loader!([^'\"]+)['\"]");
    private static final Pattern LITERAL = Pattern.compile("^\\{\\s*`([\\s\\S]*)`\\s*}$");
    private static final Pattern NAME = Pattern.compile("^\\{\\s*(\\w+)\\s*}$");

    private final DocSource doc;
    private final Path docsRoot;
    private final List<ImportNote> notes;
    private final Map<String, String> rawImports = new HashMap<>();

    CodeBlockComponent(DocSource doc, Path docsRoot, List<ImportNote> notes) {
        this.doc = doc;
        this.docsRoot = docsRoot;
        this.notes = notes;
    }

    /** Remembers a raw-loader import among the doc's {@code import} statements. */
    void importStatement(String statement) {
        Matcher m = RAW_IMPORT.matcher(statement);
        while (m.find()) {
            rawImports.put(m.group(1), m.group(2));
        }
    }

    /** The fence's lines, opening and closing included. */
    List<String> fence(JsxTag tag, List<String> children, int line) {
        String source = String.join("\n", children).strip();
        String code = source;
        Matcher literal = LITERAL.matcher(source);
        Matcher name = NAME.matcher(source);
        if (literal.matches()) {
            code = literal.group(1).replace("\\`", "`").replace("\\${", "${");
        } else if (name.matches() && rawImports.containsKey(name.group(1))) {
            code = file(rawImports.get(name.group(1)), line).orElse("");
        } else if (source.startsWith("{")) {
            notes.add(ImportNote.warning(doc.file(), line, "<CodeBlock> content " + InlineMdx.shorten(source), "left out: the code block is empty"));
            code = "";
        }
        code = code.replaceAll("^\\n+|\\n+$", "");
        String fence = "```";
        while (code.contains(fence)) {
            fence += "`";
        }
        String language = tag.text("language").or(() -> tag.text("className").map(c -> c.replaceFirst("^language-", ""))).orElse("");
        StringBuilder open = new StringBuilder(fence).append(language);
        tag.text("title").ifPresent(t -> open.append(" title=\"").append(t.replace("\"", "'")).append('"'));
        if (tag.flag("showLineNumbers")) {
            open.append(" showLineNumbers");
        }
        tag.text("metastring").ifPresent(m -> open.append(' ').append(m));
        List<String> out = new ArrayList<>();
        out.add(open.toString());
        if (!code.isEmpty()) {
            out.addAll(List.of(code.split("\n", -1)));
        }
        out.add(fence);
        return out;
    }

    private Optional<String> file(String path, int line) {
        Path file = path.startsWith("@site/") ? docsRoot.getParent().resolve(path.substring("@site/".length()))
                : docsRoot.resolve(doc.folder()).resolve(path);
        Path site = docsRoot.getParent();
        try {
            if (!file.normalize().startsWith(site)) {
                throw new IOException("outside the Docusaurus site"); // what a docs folder may bring in, and no more
            }
            return Optional.of(Files.readString(file.normalize()));
        } catch (IOException e) {
            notes.add(ImportNote.warning(doc.file(), line, "<CodeBlock> of " + path + ", which cannot be read", "left out: the code block is empty"));
            return Optional.empty();
        }
    }
}
