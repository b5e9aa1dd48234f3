package dev.faqsite.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A doc's front matter in faqsite's terms: what has a faqsite meaning is carried over ({@code title}, else the first
 * {@code #} heading; {@code description}, {@code tags}, {@code draft}, {@code last_update}; the old URL as
 * {@code redirect_from}), what only Docusaurus used for routing is consumed ({@code id}, {@code slug},
 * {@code sidebar_position}), and every other key is reported.
 */
final class PageHeader {

    private static final Pattern FENCE = Pattern.compile("\\s*(`{3,}|~{3,})");
    private static final Pattern H1 = Pattern.compile("^#\\s+(.+?)(?:\\s+#+)?\\s*$");
    private static final Map<String, String> LEFT_OUT = Map.of(
            "keywords", "left out: faqsite pages have no keywords meta",
            "hide_table_of_contents", "left out: faqsite shows every answer's table of contents",
            "hide_title", "left out: the question is always the page's heading",
            "unlisted", "published and listed: faqsite has no unlisted pages",
            "pagination_prev", "left out: previous/next follow the sidebar order",
            "pagination_next", "left out: previous/next follow the sidebar order",
            "image", "left out: the site's social_image is used for every page");
    /** Keys consumed by the routing or carried into faqsite front matter. */
    private static final List<String> CARRIED = List.of("id", "title", "slug", "sidebar_position", "description", "tags",
            "draft", "last_update", "sidebar_label");

    private PageHeader() {
    }

    /** The title, taken out of the body when it is the body's first heading. */
    static String title(DocSource doc, MdxConverter.Body body, List<String> lines, List<ImportNote> notes) {
        Optional<String> declared = doc.string("title");
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        Optional<String> heading = Optional.empty();
        int headingLine = first < body.sourceLines().size() ? body.sourceLines().get(first) : 1;
        if (first < lines.size()) {
            Matcher h1 = H1.matcher(lines.get(first));
            if (h1.matches()) {
                heading = Optional.of(h1.group(1));
                lines.subList(0, first + 1).clear();
            }
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        demoteOtherH1s(doc, body, lines, notes);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (declared.isPresent()) {
            heading.filter(h -> !h.equals(declared.get())).ifPresent(h -> notes.add(ImportNote.warning(doc.file(),
                    headingLine, "first heading '" + h + "' differs from the title",
                    "removed: the title '" + declared.get() + "' is the page's heading")));
            return declared.get();
        }
        if (heading.isPresent()) {
            return heading.get();
        }
        String id = Routes.baseId(doc);
        notes.add(ImportNote.warning(doc.file(), 1, "no title and no '#' heading", "used the doc's id '" + id + "' as the title"));
        return id;
    }

    /** A page has one h1, its title: later level-1 headings become level 2. */
    private static void demoteOtherH1s(DocSource doc, MdxConverter.Body body, List<String> lines, List<ImportNote> notes) {
        boolean code = false;
        int offset = body.lines().size() - lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).lookingAt()) {
                code = !code;
            } else if (!code && H1.matcher(line).matches()) {
                lines.set(i, "#" + line);
                notes.add(ImportNote.warning(doc.file(), body.sourceLines().get(i + offset), "second level-1 heading",
                        "made it level 2: the question is the page's only level-1 heading"));
            }
        }
    }

    /** The faqsite front matter of a question. */
    static String question(DocSource doc, String title, int order, Optional<String> oldUrl, List<ImportNote> notes) {
        List<String> out = new ArrayList<>();
        out.add("title: " + quote(title));
        doc.string("description").ifPresent(d -> out.add("description: " + quote(d)));
        out.add("order: " + order);
        List<String> tags = doc.header().strings("tags", "label");
        if (!tags.isEmpty()) {
            out.add("tags: [" + String.join(", ", tags.stream().map(PageHeader::quote).toList()) + "]");
        }
        if (doc.header().bool("draft").orElse(false)) {
            out.add("draft: true");
        }
        lastUpdated(doc, notes).ifPresent(d -> out.add("last_updated: " + d));
        oldUrl.ifPresent(url -> out.add("redirect_from:\n  - " + quote(url)));
        reportOthers(doc, title, notes);
        return "---\n" + String.join("\n", out) + "\n---\n";
    }

    /** The optional front matter of a category's own page ({@code _index.md}). */
    static String categoryPage(List<String> oldUrls) {
        if (oldUrls.isEmpty()) {
            return "";
        }
        return "---\nredirect_from:\n" + String.join("\n", oldUrls.stream().map(u -> "  - " + quote(u)).toList()) + "\n---\n";
    }

    private static Optional<LocalDate> lastUpdated(DocSource doc, List<ImportNote> notes) {
        Optional<YamlMap> update = doc.header().map("last_update");
        if (update.isEmpty()) {
            return Optional.empty();
        }
        update.get().string("author").ifPresent(a -> notes.add(ImportNote.warning(doc.file(), doc.header().line("last_update"),
                "last_update.author '" + a + "'", "left out: faqsite shows the date only")));
        Optional<String> date = update.get().string("date");
        try {
            return date.map(d -> LocalDate.parse(d.strip().length() > 10 ? d.strip().substring(0, 10) : d.strip()));
        } catch (DateTimeParseException e) {
            notes.add(ImportNote.warning(doc.file(), doc.header().line("last_update"), "last_update.date '" + date.get() + "'",
                    "left out: not a YYYY-MM-DD date"));
            return Optional.empty();
        }
    }

    private static void reportOthers(DocSource doc, String title, List<ImportNote> notes) {
        YamlMap header = doc.header();
        doc.string("sidebar_label").filter(l -> !l.equals(title)).ifPresent(l -> notes.add(ImportNote.warning(doc.file(),
                header.line("sidebar_label"), "sidebar_label '" + l + "'", "left out: the sidebar shows the question")));
        for (String key : header.keys()) {
            if (CARRIED.contains(key)) {
                continue;
            }
            notes.add(ImportNote.warning(doc.file(), header.line(key), "front matter '" + key + "'",
                    LEFT_OUT.getOrDefault(key, "left out: no faqsite meaning")));
        }
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
