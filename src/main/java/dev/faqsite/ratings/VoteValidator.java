package dev.faqsite.ratings;

import dev.faqsite.model.FeedbackReason;
import dev.faqsite.model.PageManifest;
import dev.faqsite.model.RatingsConfig;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a vote as sent into a {@link Vote}, or names the first field that is wrong. */
public final class VoteValidator {

    /** What a voter id looks like: random, URL-safe, long enough not to be guessed (a UUID is 36 characters). */
    public static final Pattern VOTER = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final Clock clock;

    public VoteValidator(Clock clock) {
        this.clock = clock;
    }

    public FieldCheck<Vote> validate(VoteInput input, PageCatalog catalog) {
        if (input.page().isEmpty() || input.page().get().isEmpty()) {
            return FieldCheck.invalid("page", "is missing");
        }
        Optional<PageManifest.Page> page = catalog.page(input.page().get());
        if (page.isEmpty()) {
            return FieldCheck.invalid("page", "is not a page of this site");
        }
        Optional<Integer> score = input.score().flatMap(VoteValidator::score);
        if (score.isEmpty()) {
            return FieldCheck.invalid("score", input.score().isEmpty() ? "is missing" : "must be a whole number from 1 to 5");
        }
        FieldCheck<String> voter = voter(input.voter());
        if (voter instanceof FieldCheck.Invalid<String> invalid) {
            return FieldCheck.invalid(invalid.field(), invalid.message());
        }
        Set<FeedbackReason> reasons = EnumSet.noneOf(FeedbackReason.class);
        for (String id : input.reasons()) {
            Optional<FeedbackReason> reason = FeedbackReason.byId(id);
            if (reason.isEmpty()) {
                return FieldCheck.invalid("reasons", "has an unknown reason '" + shorten(id) + "' (known: " + knownReasons() + ")");
            }
            reasons.add(reason.get());
        }
        String comment = input.comment().orElse("").strip();
        Optional<String> wrong = commentProblem(comment);
        if (wrong.isPresent()) {
            return FieldCheck.invalid("comment", wrong.get());
        }
        return FieldCheck.valid(new Vote(page.get().url(), page.get().contentVersion(), ((FieldCheck.Valid<String>) voter).value(),
                score.get(), reasons, comment, clock.instant()));
    }

    /** Checks a voter id on its own, e.g. when a browser asks for its earlier vote. */
    public static FieldCheck<String> voter(Optional<String> voter) {
        if (voter.isEmpty() || voter.get().isEmpty()) {
            return FieldCheck.invalid("voter", "is missing");
        }
        if (!VOTER.matcher(voter.get()).matches()) {
            return FieldCheck.invalid("voter", "must be 16 to 64 letters, digits, '-' or '_'");
        }
        return FieldCheck.valid(voter.get());
    }

    private static Optional<Integer> score(String text) {
        if (!text.matches("[1-5]")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static Optional<String> commentProblem(String comment) {
        int length = comment.codePointCount(0, comment.length());
        if (length > RatingsConfig.COMMENT_MAX) {
            return Optional.of("is " + length + " characters long; at most " + RatingsConfig.COMMENT_MAX + " are accepted");
        }
        for (int i = 0; i < comment.length(); i++) {
            char c = comment.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return Optional.of("contains control characters");
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < comment.length() && Character.isLowSurrogate(comment.charAt(i + 1));
                if (!paired) {
                    return Optional.of("is not valid Unicode text");
                }
                i++;
            }
        }
        return Optional.empty();
    }

    private static String knownReasons() {
        return String.join(", ", java.util.Arrays.stream(FeedbackReason.values()).map(FeedbackReason::id).toList());
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
