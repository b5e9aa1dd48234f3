package dev.faqsite.render;

import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.SourceDates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The date each page last changed, computed once per bake: a question's front matter {@code last_updated}, else the
 * last commit of its file; a category's is its newest question's, the FAQ's its newest category's.
 */
final class LastUpdated {

    private final Map<String, LocalDate> byQuestionUrl = new HashMap<>();
    private final Map<String, LocalDate> byCategoryId = new HashMap<>();
    private final LocalDate newest;

    LastUpdated(NavTree tree, SourceDates dates) {
        LocalDate latest = null;
        for (NavTree.Section section : tree.sections()) {
            LocalDate categoryLatest = null;
            for (Question q : section.questions()) {
                Optional<LocalDate> date = q.frontMatter().lastUpdated().or(() -> dates.of(q.source().path()));
                if (date.isPresent()) {
                    byQuestionUrl.put(q.url(), date.get());
                    categoryLatest = later(categoryLatest, date.get());
                }
            }
            if (categoryLatest != null) {
                byCategoryId.put(section.category().id(), categoryLatest);
                latest = later(latest, categoryLatest);
            }
        }
        newest = latest;
    }

    /** {@code YYYY-MM-DD}, or empty when the page has no known date. */
    String of(Question question) {
        return text(byQuestionUrl.get(question.url()));
    }

    String ofCategory(String categoryId) {
        return text(byCategoryId.get(categoryId));
    }

    String ofSite() {
        return text(newest);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
