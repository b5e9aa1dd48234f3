package dev.faqsite.importer;

import java.util.Comparator;

/**
 * One construct that did not come over as written.
 *
 * @param file     the Docusaurus file, relative to the docs folder's parent, e.g. {@code docs/intro.mdx}
 * @param line     1-based line in that file
 * @param what     what was found, e.g. {@code <Highlight> component}
 * @param instead  what the importer did instead, e.g. {@code kept its content, dropped the wrapper}
 * @param pageLost whether the page could not be imported at all
 */
public record ImportNote(String file, int line, String what, String instead, boolean pageLost) {

    static final Comparator<ImportNote> ORDER = Comparator.comparing(ImportNote::file).thenComparingInt(ImportNote::line)
            .thenComparing(ImportNote::what);

    static ImportNote warning(String file, int line, String what, String instead) {
        return new ImportNote(file, line, what, instead, false);
    }

    static ImportNote lost(String file, int line, String what) {
        return new ImportNote(file, line, what, "page not imported", true);
    }

    /** {@code file:line: what (what it did instead)} */
    public String format() {
        return file + ":" + line + ": " + what + " (" + instead + ")";
    }
}
