package dev.faqsite.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final Map<String, String> values;

    private RequestFields(Map<String, String> values) {
        this.values = values;
    }

    static RequestFields parse(String contentType, byte[] body, Set<String> known) throws Refused {
        Map<String, String> values = contentType.equals(ApiExchange.JSON) ? json(body) : form(body);
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new Refused("Unknown field '" + printable(name) + "': send only " + String.join(", ", known.stream().sorted().toList()) + ".",
                        printable(name));
            }
        }
        return new RequestFields(values);
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

    private static Map<String, String> json(byte[] body) throws Refused {
        JsonNode root;
        try {
            root = ApiExchange.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Refused("The body is not valid JSON.", null);
        } catch (IOException e) {
            throw new Refused("The body could not be read.", null);
        }
        if (root == null || !root.isObject()) {
            throw new Refused("The body must be a JSON object such as {\"key\": \"…\"}.", null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isTextual() || value.isIntegralNumber()) {
                values.put(field.getKey(), value.asText());
            } else if (!value.isNull()) {
                throw new Refused("'" + printable(field.getKey()) + "' must be a text or a number.", printable(field.getKey()));
            }
        }
        return values;
    }

    private static Map<String, String> form(byte[] body) throws Refused {
        Map<String, String> values = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            String[] parts = pair.split("=", 2);
            String name;
            String value;
            try {
                name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            } catch (IllegalArgumentException e) {
                throw new Refused("The form is not correctly encoded.", null);
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new Refused("'" + printable(name) + "' is given twice.", printable(name));
            }
        }
        return values;
    }

    /** Field names come from the client: shown only as short, harmless text. */
    private static String printable(String name) {
        String clean = name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
