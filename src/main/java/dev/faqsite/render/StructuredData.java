package dev.faqsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.Crumb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Schema.org JSON-LD for search engines: a BreadcrumbList on every page, a FAQPage on question pages. Written with
 * Jackson so that every value is valid JSON, with {@code <}, {@code >} and {@code &} escaped as {@code \u003c} …:
 * a question titled {@code </script>} cannot end the script element that holds the data.
 */
final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private StructuredData() {
    }

    /** @param absolute turns a site path into its absolute URL */
    static String breadcrumbs(List<Crumb> crumbs, UnaryOperator<String> absolute) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).label());
            item.put("item", absolute.apply(crumbs.get(i).url()));
            items.add(item);
        }
        Map<String, Object> list = thing("BreadcrumbList");
        list.put("itemListElement", items);
        return write(list);
    }

    /** One question and its answer as plain text. */
    static String faqPage(String question, String answer, String url, String dateModified) {
        Map<String, Object> answered = thing("Answer");
        answered.remove("@context");
        answered.put("text", answer);
        Map<String, Object> asked = thing("Question");
        asked.remove("@context");
        asked.put("name", question);
        asked.put("acceptedAnswer", answered);
        Map<String, Object> page = thing("FAQPage");
        page.put("url", url);
        if (!dateModified.isEmpty()) {
            page.put("dateModified", dateModified);
        }
        page.put("mainEntity", List.of(asked));
        return write(page);
    }

    private static Map<String, Object> thing(String type) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@context", "https://schema.org");
        thing.put("@type", type);
        return thing;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    /** Escapes what HTML's script-data parser reacts to, and the line separators old JavaScript parsers reject. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['>'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['&'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<', '>', '&', 0x2028, 0x2029 -> new SerializedString(String.format("\\u%04x", ch));
                default -> null;
            };
        }
    }
}
