package dev.faqsite.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an API request, from a JSON object or a form, checked against the fields the endpoint knows: an
 * unknown or repeated field is refused rather than ignored, so nothing a client adds can steer the server.
 */
final class RequestFields {

    /** A request that could not be read, with the field at fault (empty for the body as a whole). */
    static final class Refused extends Exception {
        private final String field;

        Refused(String message, String field) {
            super(message, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /**
     * Refuses a JSON field given twice: a proxy that reads the first value and a server that reads the last would
     * disagree about which key was sent.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private final Map<String, String> values;

    private RequestFields(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Unknown fields are refused without repeating their names: a client that put its key where a field name goes
     * must not see it come back. Known names are safe to repeat.
     */
    static RequestFields parse(String contentType, byte[] body, Set<String> known) throws Refused {
        Map<String, List<Optional<String>>> raw = contentType.equals(ApiExchange.JSON) ? json(body, known) : form(body);
        if (!known.containsAll(raw.keySet())) {
            throw unknownField(known);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Optional<String>>> field : raw.entrySet()) {
            if (field.getValue().size() > 1) {
                throw new Refused("'" + field.getKey() + "' is given twice.", field.getKey());
            }
            Optional<String> value = field.getValue().get(0);
            if (value.isEmpty()) {
                throw new Refused("'" + field.getKey() + "' must be a text or a number.", field.getKey());
            }
            values.put(field.getKey(), value.get());
        }
        return new RequestFields(values);
    }

    private static Refused unknownField(Set<String> known) {
        return new Refused("The body has a field this endpoint does not know: send only "
                + String.join(", ", known.stream().sorted().toList()) + ".", null);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) throws Refused {
        Optional<String> text = get(name).filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same message as a number out of range
        }
        throw new Refused("'" + name + "' must be a whole number from " + min + " to " + max + ".", name);
    }

    /** Each field's values; an empty value stands for one that is neither a text nor a number. */
    private static Map<String, List<Optional<String>>> json(byte[] body, Set<String> known) throws Refused {
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find() && known.contains(duplicate.group(1))) {
                throw new Refused("'" + duplicate.group(1) + "' is given twice.", duplicate.group(1));
            }
            // an unknown name given twice is not repeated: it may be the key, put where a name goes
            throw duplicate.find(0) ? unknownField(known) : new Refused("The body is not valid JSON.", null);
        } catch (IOException e) {
            throw new Refused("The body could not be read.", null);
        }
        if (root == null || !root.isObject()) {
            throw new Refused("The body must be a JSON object such as {\"key\": \"…\"}.", null);
        }
        Map<String, List<Optional<String>>> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (!value.isNull()) {
                boolean usable = value.isTextual() || value.isIntegralNumber();
                values.computeIfAbsent(field.getKey(), k -> new ArrayList<>()).add(usable ? Optional.of(value.asText()) : Optional.empty());
            }
        }
        return values;
    }

    private static Map<String, List<Optional<String>>> form(byte[] body) throws Refused {
        Map<String, List<Optional<String>>> values = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            String[] parts = pair.split("=", 2);
            try {
                String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                String value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(Optional.of(value));
            } catch (IllegalArgumentException e) {
                throw new Refused("The form is not correctly encoded.", null);
            }
        }
        return values;
    }
}
