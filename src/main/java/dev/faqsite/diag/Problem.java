package dev.faqsite.diag;

import java.util.Objects;

/**
 * One thing wrong with the input, where it is and what to do about it.
 *
 * @param severity error or warning
 * @param where    the source place the author should open
 * @param message  what is wrong, in one sentence, without a trailing period
 * @param hint     what to do about it; may be empty
 * @param rule     the check that found it, e.g. {@code broken-link}, for reports that group by rule; empty for
 *                 problems of the config, the content or the templates themselves
 */
public record Problem(Severity severity, SourceRef where, String message, String hint, String rule) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        rule = rule == null ? "" : rule;
    }

    public Problem(Severity severity, SourceRef where, String message, String hint) {
        this(severity, where, message, hint, "");
    }

    public static Problem error(SourceRef where, String message, String hint) {
        return new Problem(Severity.ERROR, where, message, hint);
    }

    public static Problem warning(SourceRef where, String message, String hint) {
        return new Problem(Severity.WARNING, where, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error: message [rule] (hint)} — the shape editors and CI annotators understand. */
    public String format() {
        String text = where + ": " + severity.label() + ": " + message + (rule.isEmpty() ? "" : " [" + rule + "]");
        return hint.isEmpty() ? text : text + " (" + hint + ")";
    }

    @Override
    public int compareTo(Problem other) {
        int byPlace = where.compareTo(other.where);
        return byPlace != 0 ? byPlace : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
