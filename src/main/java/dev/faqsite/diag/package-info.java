/**
 * How problems are described: a {@link dev.faqsite.diag.SourceRef} (file, line, column) and a
 * {@link dev.faqsite.diag.Problem} (severity, place, message, hint), collected by
 * {@link dev.faqsite.diag.Problems} and printed as {@code path:line:col: error: message (hint)}.
 * Depends on nothing else in the project.
 */
package dev.faqsite.diag;
