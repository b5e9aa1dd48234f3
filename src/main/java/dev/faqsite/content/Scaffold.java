package dev.faqsite.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates a new question or category with front matter and the next free order, for {@code faqsite new}. Never
 * overwrites a file.
 */
public final class Scaffold {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int SLUG_LENGTH = 60;

    private Scaffold() {
    }

    /** A URL segment from a title: {@code "Why does my key fail?"} → {@code why-does-my-key-fail}. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH);
            int cut = slug.lastIndexOf('-');
            slug = cut > 20 ? slug.substring(0, cut) : slug;
        }
        return slug;
    }

    /**
     * Writes {@code content/faq/<category>/<slug>.md} after the category's last question.
     *
     * @return the file written
     */
    public static Path question(Path site, String category, String title, LocalDate today) throws IOException {
        Path folder = site.resolve("content/faq").resolve(category);
        if (!Files.isRegularFile(folder.resolve(CategoryReader.FILE_NAME))) {
            throw new NoSuchFileException(folder.resolve(CategoryReader.FILE_NAME).toString(), null,
                    "no category '" + category + "'; create it with: faqsite new category " + category + " \"Label\"");
        }
        String slug = slug(title);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("the title has no letters or digits to make a file name from");
        }
        int order = nextOrder(folder);
        String text = "---\n"
                + "title: " + quote(title) + "\n"
                + "description: \"\"\n"
                + "order: " + order + "\n"
                + "last_updated: " + today + "\n"
                + "---\n"
                + "Answer the question in the first paragraph: it is also the page's description when 'description' is empty.\n";
        return create(folder.resolve(slug + ".md"), text);
    }

    /**
     * Writes {@code content/faq/<id>/_category.yml} after the last category.
     *
     * @return the file written
     */
    public static Path category(Path site, String id, String label) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("category id '" + id + "' is not a URL segment: use lowercase letters, digits and single hyphens");
        }
        Path faq = site.resolve("content/faq");
        int position = 1;
        if (Files.isDirectory(faq)) {
            try (Stream<Path> folders = Files.list(faq)) {
                for (Path meta : folders.map(f -> f.resolve(CategoryReader.FILE_NAME)).filter(Files::isRegularFile).toList()) {
                    Parsed<dev.faqsite.model.Category> parsed = CategoryReader.read("x", meta.toString(), Files.readString(meta));
                    if (parsed.value().isPresent() && parsed.value().get().position() != Integer.MAX_VALUE) {
                        position = Math.max(position, parsed.value().get().position() + 1);
                    }
                }
            }
        }
        return create(faq.resolve(id).resolve(CategoryReader.FILE_NAME),
                "label: " + quote(label) + "\nposition: " + position + "\ndescription: \"\"\n");
    }

    private static int nextOrder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            OptionalInt max = files.filter(f -> f.toString().endsWith(".md")).mapToInt(f -> {
                try {
                    return FrontMatterReader.read(f.toString(), Files.readString(f)).value()
                            .flatMap(s -> s.frontMatter().order()).orElse(0);
                } catch (IOException e) {
                    return 0;
                }
            }).max();
            return max.orElse(0) + 1;
        }
    }

    private static Path create(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString(), null, "it exists already; nothing was changed");
        }
        return file;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
