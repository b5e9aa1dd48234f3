package dev.faqsite.ratings;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a vote as sent, JSON or form alike, before validation. Absent fields are empty.
 *
 * @param score as written: a JSON number or a form field's text
 */
public record VoteInput(Optional<String> page, Optional<String> score, Optional<String> voter, List<String> reasons,
                        Optional<String> comment) {

    public VoteInput {
        reasons = List.copyOf(reasons);
    }

    /** The same vote from another voter: form posts without JavaScript carry their voter id in a cookie instead. */
    public VoteInput withVoter(String newVoter) {
        return new VoteInput(page, score, Optional.of(newVoter), reasons, comment);
    }
}
