package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.FrontMatter;
import dev.faqsite.model.KeyPositions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a question file into its front matter and its Markdown body. Reads YAML front matter between {@code ---}
 * lines, and JBake's own {@code key=value} header ended by {@code ~~~~~~}, into the same {@link FrontMatter}.
 */
public final class FrontMatterReader {

    /** A question file, split. */
    public record Source(FrontMatter frontMatter, String body, int bodyLine) {
    }

    static final Set<String> KEYS = Set.of("title", "description", "order", "slug", "tags", "draft", "last_updated", "widgets",
            RedirectFromReader.KEY);
    // JBake's header keys that mean something to JBake itself; accepted so existing JBake content keeps working
    private static final Set<String> JBAKE_KEYS = Set.of("type", "status", "date", "cached");
    private static final String JBAKE_SEPARATOR = "~~~~~~";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private FrontMatterReader() {
    }

    public static Parsed<Source> read(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = Arrays.asList(content.split("\n", -1));
        Optional<Source> source;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            source = readYaml(path, lines, problems);
        } else if (isJBakeHeader(lines)) {
            source = readJBake(path, lines, problems);
        } else {
            problems.add(Problem.error(SourceRef.of(path), "missing front matter",
                    "start the file with a '---' line, then 'title: Your question?', then '---'"));
            source = Optional.empty();
        }
        boolean unusable = problems.stream().anyMatch(Problem::isError);
        return new Parsed<>(unusable ? Optional.empty() : source, problems);
    }

    private static Optional<Source> readYaml(String path, List<String> lines, List<Problem> problems) {
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(Problem.error(SourceRef.of(path), "front matter is never closed",
                    "end it with a line containing only '---'"));
            return Optional.empty();
        }
        String yaml = String.join("\n", lines.subList(1, close));
        Optional<YamlFields> fields = YamlText.mapping(yaml, path, 1, "front matter", problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFields f = fields.get();
        f.warnUnknown(KEYS);
        String title = f.requiredString("title", "add 'title: Your question?' to the front matter");
        Optional<String> slug = f.string("slug");
        slug.filter(s -> !SLUG.matcher(s).matches()).ifPresent(s -> problems.add(Problem.error(f.start(),
                "slug '" + s + "' is not a URL segment", "use lowercase letters, digits and single hyphens")));
        FrontMatter frontMatter = new FrontMatter(title, f.string("description").orElse(""), f.integer("order"), slug,
                f.strings("tags"), f.bool("draft").orElse(false), f.date("last_updated"), f.strings("widgets"),
                RedirectFromReader.read(f, problems), new KeyPositions(SourceRef.of(path), f.keyPositions()));
        return Optional.of(new Source(frontMatter, body(lines, close + 1), close + 2));
    }

    private static boolean isJBakeHeader(List<String> lines) {
        int separator = lines.indexOf(JBAKE_SEPARATOR);
        return separator > 0 && lines.subList(0, separator).stream().allMatch(l -> l.isBlank() || l.contains("="));
    }

    private static Optional<Source> readJBake(String path, List<String> lines, List<Problem> problems) {
        int separator = lines.indexOf(JBAKE_SEPARATOR);
        String title = "";
        String description = "";
        Optional<Integer> order = Optional.empty();
        Optional<String> slug = Optional.empty();
        List<String> tags = List.of();
        boolean draft = false;
        Optional<LocalDate> lastUpdated = Optional.empty();
        List<String> widgets = List.of();
        boolean sawTitle = false;
        Map<String, SourceRef> positions = new HashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            SourceRef where = new SourceRef(path, i + 1, 1);
            String key = line.substring(0, line.indexOf('=')).strip();
            String value = line.substring(line.indexOf('=') + 1).strip();
            positions.putIfAbsent(key, where);
            switch (key) {
                case "title" -> {
                    title = value;
                    sawTitle = true;
                }
                case "description" -> description = value;
                case "order" -> order = parseOrder(value, where, problems);
                case "slug" -> slug = Optional.of(value);
                case "tags" -> tags = Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
                case "status" -> draft = value.equals("draft");
                case "draft" -> draft = value.equals("true");
                case "last_updated" -> lastUpdated = parseDate(value, where, problems);
                case "widgets" -> widgets = Arrays.stream(value.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
                default -> {
                    if (!JBAKE_KEYS.contains(key)) {
                        problems.add(Problem.warning(where, "unknown key '" + key + "'", "known keys: " + String.join(", ",
                                new java.util.TreeSet<>(KEYS))));
                    }
                }
            }
        }
        if (!sawTitle || title.isBlank()) {
            problems.add(Problem.error(SourceRef.of(path), "missing required key 'title'", "add a line 'title=Your question?'"));
        }
        FrontMatter frontMatter = new FrontMatter(title, description, order, slug, tags, draft, lastUpdated, widgets, List.of(),
                new KeyPositions(SourceRef.of(path), positions));
        return Optional.of(new Source(frontMatter, body(lines, separator + 1), separator + 2));
    }

    private static Optional<Integer> parseOrder(String value, SourceRef where, List<Problem> problems) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            problems.add(Problem.error(where, "'order' must be a whole number, got '" + value + "'", "write a number such as 3"));
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDate(String value, SourceRef where, List<Problem> problems) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(where, "'last_updated' must be a date, got '" + value + "'", "write it as YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    private static String body(List<String> lines, int from) {
        return from >= lines.size() ? "" : String.join("\n", lines.subList(from, lines.size()));
    }
}
