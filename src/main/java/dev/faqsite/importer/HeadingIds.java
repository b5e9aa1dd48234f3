package dev.faqsite.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus's explicit heading ids ({@code ## Limits {#quota-limits}}) of every doc, and the ids faqsite gives the
 * same headings from their text, so that links to {@code #quota-limits} still reach the heading.
 */
final class HeadingIds {

    static final Pattern CUSTOM = Pattern.compile("^(#{1,6}\\s.*?)\\s*\\{#([\\w-]+)}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,}).*");

    private final Map<String, Map<String, String>> byDoc = new HashMap<>();

    static HeadingIds of(DocsFolder folder) {
        HeadingIds ids = new HeadingIds();
        ids.add(folder);
        return ids;
    }

    private void add(DocsFolder folder) {
        for (DocSource doc : folder.docs()) {
            boolean code = false;
            for (String line : doc.body()) {
                if (FENCE.matcher(line).matches()) {
                    code = !code;
                    continue;
                }
                Matcher m = CUSTOM.matcher(line.strip());
                if (!code && m.matches()) {
                    byDoc.computeIfAbsent(doc.relative(), k -> new HashMap<>()).put(m.group(2), fromText(m.group(1).replaceFirst("^#+\\s+", "")));
                }
            }
        }
        folder.children().forEach(this::add);
    }

    /** The id a fragment of a doc now has: the heading's generated id for an explicit one, else as written. */
    String map(String docRelative, String fragment) {
        return byDoc.getOrDefault(docRelative, Map.of()).getOrDefault(fragment, fragment);
    }

    /** The id faqsite's Markdown gives a heading: its text in lowercase, spaces and '_' as '-', other signs dropped. */
    static String fromText(String markdown) {
        String text = markdown.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[*`~]", "");
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
