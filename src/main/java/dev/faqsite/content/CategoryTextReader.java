package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.RedirectFrom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a category's {@code _index.md}: optional front matter ({@code description}, {@code redirect_from}) between
 * {@code ---} lines, then Markdown. Unlike a question it needs no title: the category's label from
 * {@code _category.yml} heads its page.
 */
final class CategoryTextReader {

    static final Set<String> KEYS = Set.of("description", RedirectFromReader.KEY);

    private CategoryTextReader() {
    }

    /** @param path display path, e.g. {@code content/faq/general/_index.md} */
    static Parsed<CategoryText> read(String categoryId, String path, String text) {
        List<Problem> problems = new ArrayList<>();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            return new Parsed<>(Optional.of(new CategoryText(categoryId, "", List.of(), SourceRef.of(path), 1, content)), problems);
        }
        int close = -1;
        for (int i = 1; i < lines.length && close < 0; i++) {
            close = lines[i].strip().equals("---") || lines[i].strip().equals("...") ? i : -1;
        }
        if (close < 0) {
            problems.add(Problem.error(SourceRef.of(path), "front matter is never closed", "end it with a line containing only '---'"));
            return new Parsed<>(Optional.empty(), problems);
        }
        Optional<YamlFields> fields = YamlText.mapping(String.join("\n", List.of(lines).subList(1, close)), path, 1,
                "front matter", problems);
        if (fields.isEmpty()) {
            return new Parsed<>(Optional.empty(), problems);
        }
        fields.get().warnUnknown(KEYS);
        String description = fields.get().string("description").orElse("");
        List<RedirectFrom> redirectFrom = RedirectFromReader.read(fields.get(), problems);
        String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        boolean unusable = problems.stream().anyMatch(Problem::isError);
        return new Parsed<>(unusable ? Optional.empty()
                : Optional.of(new CategoryText(categoryId, description, redirectFrom, SourceRef.of(path), close + 2, body)), problems);
    }
}
