package dev.faqsite.ratings;

import dev.faqsite.model.FeedbackReason;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One browser's rating of one version of one page. A later vote of the same browser on the same version replaces it.
 *
 * @param page           the page's path, e.g. {@code /faq/general/what-is/}
 * @param contentVersion the version of the page that was rated (hash of its source)
 * @param voter          the browser's anonymous random id
 * @param score          1 (not helpful) to 5 (very helpful)
 * @param reasons        what the reader ticked, usually after a low score
 * @param comment        free text, stored as written and escaped wherever it is shown; may be empty
 * @param votedAt        when the server accepted it
 */
public record Vote(String page, String contentVersion, String voter, int score, Set<FeedbackReason> reasons, String comment,
                   Instant votedAt) {

    public Vote {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
    }
}
