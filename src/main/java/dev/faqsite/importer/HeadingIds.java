package dev.faqsite.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids Docusaurus gave every doc's headings, and the ids faqsite gives the same headings, so that a link to a
 * heading still reaches it: an explicit id ({@code ## Limits {#quota-limits}}) is left out by the import, and an id
 * Docusaurus made from the text can differ from faqsite's. Docusaurus (github-slugger) keeps every hyphen and
 * underscore ({@code ## Step 1 - read the key} is {@code step-1---read-the-key}, {@code ## rate_limit} is
 * {@code rate_limit}); faqsite makes one hyphen of each run of spaces, hyphens and underscores. Both number a repeated
 * heading's id ({@code -1}, {@code -2}).
 */
final class HeadingIds {

    static final Pattern CUSTOM = Pattern.compile("^(#{1,6}\\s.*?)\\s*\\{#([\\w-]+)}\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,}).*");

    private final Map<String, Map<String, String>> byDoc = new HashMap<>();

    static HeadingIds of(DocsFolder folder) {
        HeadingIds ids = new HeadingIds();
        ids.add(folder);
        return ids;
    }

    private void add(DocsFolder folder) {
        for (DocSource doc : folder.docs()) {
            Map<String, String> ids = new HashMap<>();
            Map<String, Integer> docusaurusSeen = new HashMap<>();
            Map<String, Integer> faqsiteSeen = new HashMap<>();
            boolean code = false;
            for (String line : doc.body()) {
                if (FENCE.matcher(line).matches()) {
                    code = !code;
                    continue;
                }
                Matcher heading = HEADING.matcher(line.strip());
                if (code || !heading.matches()) {
                    continue;
                }
                Matcher custom = CUSTOM.matcher(line.strip());
                String text = custom.matches() ? custom.group(1).replaceFirst("^#+\\s+", "") : heading.group(1);
                String faqsite = numbered(fromText(text), faqsiteSeen);
                String docusaurus = custom.matches() ? custom.group(2) : numbered(slug(text), docusaurusSeen);
                if (!docusaurus.equals(faqsite)) {
                    ids.putIfAbsent(docusaurus, faqsite);
                }
            }
            if (!ids.isEmpty()) {
                byDoc.put(doc.relative(), ids);
            }
        }
        folder.children().forEach(this::add);
    }

    /** A repeated id numbered as both generators number it: {@code limits}, {@code limits-1}, {@code limits-2}. */
    private static String numbered(String id, Map<String, Integer> seen) {
        String unique = id;
        while (seen.containsKey(unique)) {
            unique = id + "-" + seen.merge(id, 1, Integer::sum);
        }
        seen.put(unique, 0);
        return unique;
    }

    /**
     * The id Docusaurus gives a heading (github-slugger's rules): the text as shown, in lowercase, each space a hyphen,
     * letters, digits, marks, hyphens and underscores kept, every other sign dropped.
     */
    static String slug(String markdown) {
        String text = shown(markdown).toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder();
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isWhitespace(c)) {
                id.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || type == Character.CONNECTOR_PUNCTUATION
                    || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                id.appendCodePoint(c);
            }
        });
        return id.toString();
    }

    /** A heading's text as shown: links and images as their text, an autolink as its address, no tags or markers. */
    private static String shown(String markdown) {
        return markdown.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("<((?:https?|mailto):[^>\\s]+|[^@<>\\s]+@[^@<>\\s]+)>", "$1")
                .replaceAll("<[^>]*>", "")
                .replaceAll("[*`~]", "");
    }

    /** The id a fragment of a doc now has: the faqsite id of the heading it named in Docusaurus, else as written. */
    String map(String docRelative, String fragment) {
        return byDoc.getOrDefault(docRelative, Map.of()).getOrDefault(fragment, fragment);
    }

    /** The id faqsite's Markdown gives a heading: its text in lowercase, spaces and '_' as '-', other signs dropped. */
    static String fromText(String markdown) {
        String text = shown(markdown);
        StringBuilder id = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '_') {
                if (id.length() == 0 || id.charAt(id.length() - 1) != '-') {
                    id.append('-');
                }
            } else if (Character.isLetterOrDigit(c)) {
                id.append(c);
            }
        }
        return id.toString();
    }
}
