package dev.faqsite.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.Snippet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts the snippets that {@code ::include{file="_snippets/contact-support.md"}} names in the place of the include,
 * recursively, before the page is parsed for good — so a snippet's headings, links and components are the page's — and
 * keeps a {@link SourceMap} so that whatever is found inside points at the snippet's own line. The includes are found
 * by the real parser: one in a code block is code. A snippet is found by its path under {@code content/}; a cycle, a
 * missing file, or a path that is not a snippet (a page is never included) is a finding at the include.
 */
final class Includes {

    static final String NAME = "include";
    private static final String FILE = "file";

    /**
     * @param text  the Markdown with every include replaced
     * @param map   where each of its lines was written
     * @param files every snippet put in, directly or through another
     */
    record Expanded(String text, SourceMap map, Set<String> files) {
    }

    private final Parser parser;
    private final Function<String, Optional<Snippet>> snippets;
    private final List<Finding> findings;
    private final StringBuilder out = new StringBuilder();
    private final SourceMap map = new SourceMap();
    private final Set<String> files = new LinkedHashSet<>();

    private Includes(Parser parser, Function<String, Optional<Snippet>> snippets, List<Finding> findings) {
        this.parser = parser;
        this.snippets = snippets;
        this.findings = findings;
    }

    /** Expands the includes of a page's Markdown, whose first line is line {@code firstLine} of {@code path}. */
    static Expanded expand(Parser parser, String markdown, String path, int firstLine,
                           Function<String, Optional<Snippet>> snippets, List<Finding> findings) {
        Includes includes = new Includes(parser, snippets, findings);
        includes.expand(markdown, path, firstLine, "", new ArrayList<>());
        return new Expanded(includes.out.toString(), includes.map, includes.files);
    }

    private void expand(String text, String path, int firstLine, String prefix, List<String> stack) {
        Map<Integer, Directive> at = includesByLine(text);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Directive include = at.get(i);
            String line = lines[i];
            if (include == null) {
                out.append(prefix).append(line).append('\n');
                map.add(path, firstLine + i, 1, prefix.length());
                continue;
            }
            SourceRef where = new SourceRef(path, firstLine + i, include.col());
            Optional<Snippet> snippet = resolve(include, where, stack);
            if (snippet.isPresent()) {
                stack.add(snippet.get().file());
                files.add(snippet.get().file());
                String inner = prefix + line.substring(0, Math.min(line.length(), include.col() - 1));
                expand(snippet.get().markdown().stripTrailing(), snippet.get().source().path(), 1, inner, stack);
                stack.remove(stack.size() - 1);
            } else {
                out.append('\n');
                map.add(path, firstLine + i, 1, prefix.length());
            }
        }
    }

    private Map<Integer, Directive> includesByLine(String text) {
        Map<Integer, Directive> out = new HashMap<>();
        if (!text.contains("::" + NAME)) {
            return out; // most pages: no second parse
        }
        Document document = parser.parse(text);
        for (Node node : document.getDescendants()) {
            if (node instanceof Directive d && d.leaf() && d.name().equals(NAME)) {
                out.put(document.getLineNumber(node.getStartOffset()), d);
            }
        }
        return out;
    }

    private Optional<Snippet> resolve(Directive include, SourceRef where, List<String> stack) {
        include.problems().forEach(p -> findings.add(new Finding(new SourceRef(where.path(), where.line(), p.col()), p.message(), p.hint())));
        ComponentUse use = new ComponentUse(NAME, include.label(), include.attributes(), false, where, 1);
        include.attributes().values().keySet().stream().filter(a -> !a.equals(FILE)).forEach(a -> findings.add(new Finding(
                use.attributeAt(a), "unknown attribute '" + a + "' of '::include'", "known attributes: " + FILE)));
        Optional<String> written = include.attributes().get(FILE).filter(f -> !f.isBlank());
        if (written.isEmpty()) {
            findings.add(new Finding(where, "'::include' needs a 'file' attribute",
                    "write ::include{file=\"_snippets/name.md\"}, relative to content/"));
            return Optional.empty();
        }
        String file = Path.of(written.get().replaceFirst("^/+", "")).normalize().toString().replace('\\', '/');
        SourceRef fileAt = use.attributeAt(FILE);
        if (!Snippet.isSnippetPath(file)) {
            findings.add(new Finding(fileAt, "cannot include '" + written.get() + "': only snippets are included, and a page never is",
                    "put the shared text in a folder whose name starts with '_', such as content/_snippets/"));
            return Optional.empty();
        }
        if (stack.contains(file)) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(file), stack.size()));
            cycle.add(file);
            findings.add(new Finding(fileAt, "include cycle: " + String.join(" → ", cycle),
                    "a snippet must not include itself, directly or through another snippet"));
            return Optional.empty();
        }
        Optional<Snippet> snippet = snippets.apply(file);
        if (snippet.isEmpty()) {
            findings.add(new Finding(fileAt, "no snippet content/" + file + " to include",
                    "check the path: it is relative to content/, e.g. _snippets/contact-support.md"));
        }
        return snippet;
    }
}
