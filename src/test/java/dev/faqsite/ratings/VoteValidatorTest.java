package dev.faqsite.ratings;

import dev.faqsite.model.FeedbackReason;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoteValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String VOTER = "3f2c9a4e-1b7d-4c55-9f0e-2a6b8d1c7e90";
    private final VoteValidator validator = new VoteValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    private static VoteInput input(String page, String score, String voter, List<String> reasons, String comment) {
        return new VoteInput(Optional.ofNullable(page), Optional.ofNullable(score), Optional.ofNullable(voter), reasons,
                Optional.ofNullable(comment));
    }

    private String rejected(VoteInput input) {
        FieldCheck.Invalid<Vote> invalid = (FieldCheck.Invalid<Vote>) validator.validate(input, Catalogs.three());
        return invalid.field() + " " + invalid.message();
    }

    @Test
    void acceptsAVoteAndRecordsThePagesLiveVersion() {
        Vote vote = ((FieldCheck.Valid<Vote>) validator.validate(input(Catalogs.FIRST, "2", VOTER, List.of("code", "unclear"),
                "  Step 3 fails.\n"), Catalogs.three())).value();
        assertEquals(new Vote(Catalogs.FIRST, "v1-first", VOTER, 2, Set.of(FeedbackReason.UNCLEAR, FeedbackReason.CODE),
                "Step 3 fails.", NOW), vote);
    }

    @Test
    void rejectsAPageTheBuildDidNotPublish() {
        assertEquals("page is missing", rejected(input(null, "3", VOTER, List.of(), null)));
        assertEquals("page is not a page of this site", rejected(input("/faq/alpha/unfinished/", "3", VOTER, List.of(), null)));
        assertEquals("page is not a page of this site", rejected(input("/faq/alpha/first", "3", VOTER, List.of(), null)));
    }

    @Test
    void acceptsOnlyWholeScoresFromOneToFive() {
        for (String score : List.of("0", "6", "4.5", "-1", "", "five", " 3", "03")) {
            assertEquals("score must be a whole number from 1 to 5", rejected(input(Catalogs.FIRST, score, VOTER, List.of(), null)), score);
        }
        assertEquals("score is missing", rejected(input(Catalogs.FIRST, null, VOTER, List.of(), null)));
    }

    @Test
    void rejectsMissingShortAndOddVoterIds() {
        assertEquals("voter is missing", rejected(input(Catalogs.FIRST, "3", null, List.of(), null)));
        assertEquals("voter must be 16 to 64 letters, digits, '-' or '_'", rejected(input(Catalogs.FIRST, "3", "short", List.of(), null)));
        assertEquals("voter must be 16 to 64 letters, digits, '-' or '_'",
                rejected(input(Catalogs.FIRST, "3", "0123456789abcdef<script>", List.of(), null)));
    }

    @Test
    void rejectsReasonsOutsideTheFixedList() {
        assertEquals("reasons has an unknown reason 'boring' (known: inaccurate, unclear, incomplete, code, off-topic)",
                rejected(input(Catalogs.FIRST, "1", VOTER, List.of("unclear", "boring"), null)));
    }

    @Test
    void acceptsFiveHundredCharactersOfCommentAndNoMore() {
        String emoji = "😀".repeat(500);
        assertEquals(emoji, ((FieldCheck.Valid<Vote>) validator.validate(input(Catalogs.FIRST, "1", VOTER, List.of(), emoji),
                Catalogs.three())).value().comment());
        assertEquals("comment is 501 characters long; at most 500 are accepted",
                rejected(input(Catalogs.FIRST, "1", VOTER, List.of(), "x".repeat(501))));
    }

    @Test
    void rejectsControlCharactersAndBrokenUnicodeInComments() {
        assertEquals("comment contains control characters", rejected(input(Catalogs.FIRST, "1", VOTER, List.of(), "a\u0000b")));
        assertEquals("comment is not valid Unicode text", rejected(input(Catalogs.FIRST, "1", VOTER, List.of(), "a\ud800b")));
    }
}
