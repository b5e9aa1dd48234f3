package dev.faqsite.importer;

import java.util.List;

/**
 * What an import did: every note in file and line order, then the counts.
 *
 * @param notes      everything that did not come over as written
 * @param pages      pages written
 * @param categories categories written or added to
 * @param redirects  old URLs given to the new pages as {@code redirect_from:}
 */
public record ImportReport(List<ImportNote> notes, int pages, int categories, int redirects) {

    public ImportReport {
        notes = notes.stream().sorted(ImportNote.ORDER).toList();
    }

    public long warnings() {
        return notes.stream().filter(n -> !n.pageLost()).count();
    }

    public long pagesLost() {
        return notes.stream().filter(ImportNote::pageLost).count();
    }

    /** Whether every page came over (warnings allowed). */
    public boolean complete() {
        return pagesLost() == 0;
    }

    /** The report as printed and saved as {@code import-report.txt}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        notes.forEach(n -> out.append(n.format()).append('\n'));
        out.append(count(pages, "page")).append(", ").append(count(categories, "category", "categories")).append(", ")
                .append(count(redirects, "redirect")).append(", ").append(count(warnings(), "warning"));
        if (!complete()) {
            out.append("; ").append(count(pagesLost(), "page")).append(" could not be imported");
        }
        return out.append('\n').toString();
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
