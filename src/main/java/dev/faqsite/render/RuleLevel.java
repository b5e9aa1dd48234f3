package dev.faqsite.render;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Severity;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CheckLevel;

import java.util.Optional;

/**
 * A check's rule, by id, at the level the site gives it: for what the bake itself finds on behalf of a check (a
 * {@code .md} link to a missing page is a {@code broken-link} finding), so that it is reported like the check's own.
 * The checks' list is above render; the build passes the rule in.
 *
 * @param rule  e.g. {@code broken-link}
 * @param level error, warning or off
 */
public record RuleLevel(String rule, CheckLevel level) {

    /** The finding at this rule's level; empty when the rule is off. */
    Optional<Problem> finding(SourceRef where, String message, String hint) {
        return switch (level) {
            case OFF -> Optional.empty();
            case WARNING -> Optional.of(new Problem(Severity.WARNING, where, message, hint, rule));
            case ERROR -> Optional.of(new Problem(Severity.ERROR, where, message, hint, rule));
        };
    }
}
