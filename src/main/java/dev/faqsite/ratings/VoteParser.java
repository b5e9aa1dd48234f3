package dev.faqsite.ratings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a vote's fields from a JSON object or a form post ({@code application/x-www-form-urlencoded}). Strict: an
 * unknown field, a field given twice or a value of the wrong type is named, never ignored.
 */
public final class VoteParser {

    /** The fields a vote may have; {@code reasons} may be repeated in a form. */
    public static final Set<String> FIELDS = Set.of("page", "score", "voter", "reasons", "comment");

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private VoteParser() {
    }

    public static FieldCheck<VoteInput> json(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return FieldCheck.invalid(message.replaceAll("^Duplicate field '([^']*)'.*$", "$1"), "is given more than once");
            }
            return FieldCheck.invalid("body", "is not valid JSON");
        } catch (java.io.IOException e) {
            return FieldCheck.invalid("body", "is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            return FieldCheck.invalid("body", "must be a JSON object with the fields " + String.join(", ", sortedFields()));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return FieldCheck.invalid(name, "is not a field of a vote (known: " + String.join(", ", sortedFields()) + ")");
            }
        }
        for (String name : List.of("page", "voter", "comment")) {
            JsonNode value = root.get(name);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return FieldCheck.invalid(name, "must be a string");
            }
        }
        JsonNode score = root.get("score");
        if (score != null && !score.isNull() && !score.isNumber()) {
            return FieldCheck.invalid("score", "must be a number from 1 to 5");
        }
        List<String> reasons = new ArrayList<>();
        JsonNode list = root.get("reasons");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                return FieldCheck.invalid("reasons", "must be an array of strings");
            }
            for (JsonNode item : list) {
                if (!item.isTextual()) {
                    return FieldCheck.invalid("reasons", "must be an array of strings");
                }
                reasons.add(item.textValue());
            }
        }
        return FieldCheck.valid(new VoteInput(text(root, "page"), Optional.ofNullable(score).filter(s -> !s.isNull())
                .map(JsonNode::asText), text(root, "voter"), reasons, text(root, "comment")));
    }

    public static FieldCheck<VoteInput> form(byte[] body) {
        String text;
        try {
            // URL-encoded bodies are ASCII; anything else is not a form a browser sent
            text = StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return FieldCheck.invalid("body", "is not URL-encoded");
        }
        Map<String, String> single = new HashMap<>();
        List<String> reasons = new ArrayList<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return FieldCheck.invalid("body", "is not URL-encoded");
            }
            if (!FIELDS.contains(name)) {
                return FieldCheck.invalid(name, "is not a field of a vote (known: " + String.join(", ", sortedFields()) + ")");
            }
            if (name.equals("reasons")) {
                reasons.add(value);
            } else if (single.putIfAbsent(name, value) != null) {
                return FieldCheck.invalid(name, "is given more than once");
            }
        }
        return FieldCheck.valid(new VoteInput(Optional.ofNullable(single.get("page")), Optional.ofNullable(single.get("score")),
                Optional.ofNullable(single.get("voter")), reasons, Optional.ofNullable(single.get("comment"))));
    }

    private static Optional<String> text(JsonNode root, String name) {
        JsonNode value = root.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.textValue());
    }

    private static List<String> sortedFields() {
        return FIELDS.stream().sorted().toList();
    }
}
