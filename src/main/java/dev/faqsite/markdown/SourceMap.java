package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each line of the Markdown being rendered was written: the page's own lines, and the lines of the snippets
 * its includes put in their place. Every finding, heading and link is placed through it.
 */
final class SourceMap {

    /**
     * Lines {@code [from, from + count)} of the text come from {@code path}, starting at its line {@code line}, each
     * behind {@code indent} characters the include added (a list item's indent, a quote's {@code > }).
     */
    private record Run(int from, int count, String path, int line, int indent) {
    }

    private final List<Run> runs = new ArrayList<>();
    private int size;

    /** The whole text is one file's, from {@code firstLine} on. */
    static SourceMap of(String path, int firstLine, int lines) {
        SourceMap map = new SourceMap();
        map.add(path, firstLine, lines, 0);
        return map;
    }

    SourceMap() {
    }

    void add(String path, int line, int count, int indent) {
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.path().equals(path) && last.line() + last.count() == line && last.indent() == indent) {
            runs.set(runs.size() - 1, new Run(last.from(), last.count() + count, path, last.line(), indent));
        } else {
            runs.add(new Run(size, count, path, line, indent));
        }
        size += count;
    }

    /** @param line0 0-based line of the text, as flexmark counts */
    SourceRef at(int line0, int col) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run run = runs.get(i);
            if (line0 >= run.from()) {
                return new SourceRef(run.path(), run.line() + line0 - run.from(), Math.max(1, col - run.indent()));
            }
        }
        Run first = runs.get(0);
        return new SourceRef(first.path(), first.line(), Math.max(1, col));
    }
}
