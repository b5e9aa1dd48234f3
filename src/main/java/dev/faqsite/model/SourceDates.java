package dev.faqsite.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When each source file last changed, from version control: the "last updated" date of pages whose front matter
 * gives none.
 *
 * @param byPath date of the last commit that touched each file, by path relative to the site's root
 *               ({@code content/faq/general/what.md})
 */
public record SourceDates(Map<String, LocalDate> byPath) {

    /** No history: outside a repository, or without git. */
    public static final SourceDates NONE = new SourceDates(Map.of());

    public SourceDates {
        byPath = Map.copyOf(byPath);
    }

    public Optional<LocalDate> of(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
