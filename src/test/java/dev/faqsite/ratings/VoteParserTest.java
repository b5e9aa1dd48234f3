package dev.faqsite.ratings;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoteParserTest {

    private static FieldCheck<VoteInput> json(String body) {
        return VoteParser.json(body.getBytes(StandardCharsets.UTF_8));
    }

    private static FieldCheck<VoteInput> form(String body) {
        return VoteParser.form(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String field(FieldCheck<?> check) {
        return ((FieldCheck.Invalid<?>) check).field();
    }

    @Test
    void readsEveryFieldOfAJsonVote() {
        VoteInput input = ((FieldCheck.Valid<VoteInput>) json("""
                {"page": "/faq/a/b/", "score": 2, "voter": "v", "reasons": ["unclear", "code"], "comment": "Hm"}""")).value();
        assertEquals(new VoteInput(Optional.of("/faq/a/b/"), Optional.of("2"), Optional.of("v"), List.of("unclear", "code"),
                Optional.of("Hm")), input);
    }

    @Test
    void treatsJsonNullsAsAbsentFields() {
        VoteInput input = ((FieldCheck.Valid<VoteInput>) json("{\"page\": \"/p/\", \"score\": 1, \"voter\": \"v\", \"reasons\": null, \"comment\": null}")).value();
        assertEquals(List.of(), input.reasons());
        assertEquals(Optional.empty(), input.comment());
    }

    @Test
    void namesTheFieldOfEveryJsonMistake() {
        assertEquals("color", field(json("{\"page\": \"/p/\", \"color\": \"red\"}")));
        assertEquals("score", field(json("{\"page\": \"/p/\", \"score\": \"4\"}")));
        assertEquals("page", field(json("{\"page\": 3}")));
        assertEquals("voter", field(json("{\"voter\": {\"id\": 1}}")));
        assertEquals("comment", field(json("{\"comment\": [\"a\"]}")));
        assertEquals("reasons", field(json("{\"reasons\": \"unclear\"}")));
        assertEquals("reasons", field(json("{\"reasons\": [1]}")));
        assertEquals("score", field(json("{\"score\": 1, \"score\": 5}")));
        assertEquals("body", field(json("[1, 2]")));
        assertEquals("body", field(json("{\"page\": ")));
        assertEquals("body", field(json("")));
    }

    @Test
    void readsAFormPostWithRepeatedReasonsAndEncodedText() {
        VoteInput input = ((FieldCheck.Valid<VoteInput>) form(
                "page=%2Ffaq%2Fa%2Fb%2F&score=1&reasons=unclear&reasons=code&comment=Not+clear%3A+%C3%A9%26")).value();
        assertEquals(new VoteInput(Optional.of("/faq/a/b/"), Optional.of("1"), Optional.empty(), List.of("unclear", "code"),
                Optional.of("Not clear: é&")), input);
    }

    @Test
    void namesTheFieldOfEveryFormMistake() {
        assertEquals("score", field(form("page=/p/&score=1&score=2")));
        assertEquals("admin", field(form("page=/p/&admin=1")));
        assertEquals("body", field(form("page=%E")));
        assertEquals("body", field(VoteParser.form("page=/é/".getBytes(StandardCharsets.UTF_8))));
    }
}
