package dev.faqsite.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an author declares at the top of a question file.
 *
 * @param title        the question (required)
 * @param description  meta description; empty to use the answer's first paragraph
 * @param order        position in the category; empty sorts after the ordered ones, by title
 * @param slug         URL segment; empty to use the file's name
 * @param tags         free-form tags
 * @param draft        drafts are left out of the site unless asked for
 * @param lastUpdated  date shown as "last updated"
 * @param widgets      interactive parts shown with the answer, by name (e.g. {@code key-check})
 * @param redirectFrom old URLs that redirect to the page, each with the line of its entry
 * @param positions    where each key is written
 */
public record FrontMatter(
        String title,
        String description,
        Optional<Integer> order,
        Optional<String> slug,
        List<String> tags,
        boolean draft,
        Optional<LocalDate> lastUpdated,
        List<String> widgets,
        List<RedirectFrom> redirectFrom,
        KeyPositions positions) {

    /** The widget that checks a key in every region, linking to the full checker. */
    public static final String KEY_CHECK_WIDGET = "key-check";

    public FrontMatter {
        tags = List.copyOf(tags);
        widgets = List.copyOf(widgets);
        redirectFrom = List.copyOf(redirectFrom);
    }
}
