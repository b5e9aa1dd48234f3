package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.model.Category;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a category's {@code _category.yml}: label (required), position, description. */
public final class CategoryReader {

    public static final String FILE_NAME = "_category.yml";
    private static final Set<String> KEYS = Set.of("label", "position", "description");

    private CategoryReader() {
    }

    /**
     * @param id   the category folder's name
     * @param path display path of the {@code _category.yml}
     */
    public static Parsed<Category> read(String id, String path, String text) {
        List<Problem> problems = new ArrayList<>();
        Optional<Category> category = YamlText.mapping(text, path, 0, "category metadata", problems).map(f -> {
            f.rejectUnknown(KEYS);
            String label = f.requiredString("label", "add 'label: Name readers see'");
            int position = f.integer("position").orElse(Integer.MAX_VALUE);
            return new Category(id, label, position, f.string("description").orElse(""), f.start());
        });
        boolean unusable = problems.stream().anyMatch(Problem::isError);
        return new Parsed<>(unusable ? Optional.empty() : category, problems);
    }
}
