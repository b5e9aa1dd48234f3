package dev.faqsite.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects problems from every stage of a build, possibly from several threads, so that an author sees all of them
 * in one run instead of fixing them one at a time.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    public void error(SourceRef where, String message, String hint) {
        add(Problem.error(where, message, hint));
    }

    public void warning(SourceRef where, String message, String hint) {
        add(Problem.warning(where, message, hint));
    }

    /** All problems, sorted by file, line and column, duplicates removed. */
    public synchronized List<Problem> sorted() {
        return found.stream().distinct().sorted().toList();
    }

    public synchronized long errorCount() {
        return found.stream().distinct().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return found.stream().distinct().filter(p -> !p.isError()).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** {@code 2 errors, 1 warning} — the line that closes a report. */
    public String summary() {
        long errors = errorCount();
        long warnings = warningCount();
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
