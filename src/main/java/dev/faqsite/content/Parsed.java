package dev.faqsite.content;

import dev.faqsite.diag.Problem;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading one source: a value when it could be read well enough to go on, and every problem found.
 *
 * @param value    empty when the source is unusable
 * @param problems what was wrong, possibly alongside a value (warnings, or errors in optional fields)
 */
public record Parsed<T>(Optional<T> value, List<Problem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
