package dev.faqsite.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file, as an author sees it: a path relative to the site's root, 1-based line and column.
 *
 * @param path display path with forward slashes, e.g. {@code content/faq/general/what-is.md}
 * @param line 1-based line
 * @param col  1-based column
 */
public record SourceRef(String path, int line, int col) implements Comparable<SourceRef> {

    private static final Comparator<SourceRef> ORDER =
            Comparator.comparing(SourceRef::path).thenComparingInt(SourceRef::line).thenComparingInt(SourceRef::col);

    public SourceRef {
        Objects.requireNonNull(path, "path");
        if (line < 1 || col < 1) {
            throw new IllegalArgumentException("line and col are 1-based: " + line + ":" + col);
        }
    }

    /** The start of a file, for problems about the file as a whole. */
    public static SourceRef of(String path) {
        return new SourceRef(path, 1, 1);
    }

    public SourceRef atLine(int newLine) {
        return new SourceRef(path, newLine, 1);
    }

    @Override
    public int compareTo(SourceRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + col;
    }
}
