package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.Category;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.SiteContent;
import dev.faqsite.model.Snippet;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A site's {@code content/} folder read into the model: every question, category and snippet with the problems of
 * each file. Reading and validating the whole tree is the first stage of a bake, before JBake sees anything; a live
 * preview keeps the tree and re-reads only the files that changed.
 */
public final class ContentTree {

    /** The folder of a site that holds its content. */
    public static final String FOLDER = "content";

    /** What one file gave. */
    private sealed interface Entry {
        List<Problem> problems();
    }

    private record QuestionFile(String relativePath, String display, FrontMatterReader.Source source, String hash,
                                List<Problem> problems) implements Entry {
    }

    private record CategoryFile(Category category, List<Problem> problems) implements Entry {
    }

    private record SnippetFile(Snippet snippet, List<Problem> problems) implements Entry {
    }

    private record CategoryTextFile(CategoryText text, List<Problem> problems) implements Entry {
    }

    private record Unusable(List<Problem> problems) implements Entry {
    }

    private final Path siteRoot;
    private final Path folder;
    private final Map<Path, Entry> entries = new TreeMap<>();

    private ContentTree(Path siteRoot) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.folder = this.siteRoot.resolve(FOLDER);
    }

    /** Reads every file under the site's {@code content/}; a site without the folder gets a tree with that problem. */
    public static ContentTree read(Path siteRoot) throws IOException {
        ContentTree tree = new ContentTree(siteRoot);
        if (!Files.isDirectory(tree.folder)) {
            tree.entries.put(tree.folder, new Unusable(List.of(Problem.error(SourceRef.of(FOLDER), "the site has no content/ folder",
                    "create content/faq/<category>/ with a _category.yml and questions"))));
            return tree;
        }
        try (Stream<Path> files = Files.walk(tree.folder)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && readable(f)).toList()) {
                tree.entries.put(file.toAbsolutePath().normalize(), tree.entry(file));
            }
        }
        return tree;
    }

    /** Reads changed files again (added, modified or deleted ones, and whole folders), forgetting what they gave before. */
    public void reread(Collection<Path> changed) throws IOException {
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (!file.startsWith(folder)) {
                continue;
            }
            entries.keySet().removeIf(known -> known.startsWith(file));
            if (Files.isDirectory(file)) {
                try (Stream<Path> files = Files.walk(file)) {
                    for (Path inside : files.filter(f -> Files.isRegularFile(f) && readable(f)).toList()) {
                        entries.put(inside.toAbsolutePath().normalize(), entry(inside));
                    }
                }
            } else if (Files.isRegularFile(file) && readable(file)) {
                entries.put(file, entry(file));
            }
        }
    }

    /**
     * Checks the rules that span files and returns the navigation and snippets, with every problem of the tree.
     *
     * @return no value when any file has an error
     */
    public Parsed<SiteContent> assemble(boolean includeDrafts) {
        Parsed<SiteContent> content = assembleDespiteErrors(includeDrafts);
        return content.hasErrors() ? new Parsed<>(Optional.empty(), content.problems()) : content;
    }

    /**
     * Like {@link #assemble}, but with what can be placed in the navigation despite errors, so that the bake and the
     * checks still run and one run reports every problem: a question whose front matter is unusable, or of a category
     * without metadata, is left out; of two with one URL, the first by file. The caller decides what the errors mean.
     */
    public Parsed<SiteContent> assembleDespiteErrors(boolean includeDrafts) {
        ContentAssembler assembler = new ContentAssembler();
        Map<String, Snippet> snippets = new TreeMap<>();
        Map<String, CategoryText> texts = new TreeMap<>();
        for (Entry entry : entries.values()) {
            assembler.addProblems(entry.problems());
            if (entry instanceof QuestionFile q) {
                assembler.addQuestion(q.relativePath(), q.display(), q.source(), q.hash());
            } else if (entry instanceof CategoryFile c) {
                assembler.addCategory(c.category());
            } else if (entry instanceof SnippetFile s) {
                snippets.put(s.snippet().file(), s.snippet());
            } else if (entry instanceof CategoryTextFile t) {
                texts.put(t.text().categoryId(), t.text());
                assembler.addCategoryText(t.text());
            }
        }
        texts.values().stream().filter(t -> entries.values().stream()
                        .noneMatch(e -> e instanceof CategoryFile c && c.category().id().equals(t.categoryId())))
                .forEach(t -> assembler.addProblems(List.of(Problem.error(t.source(), "category folder '" + t.categoryId()
                        + "' has an " + CategoryText.FILE_NAME + " but no " + CategoryReader.FILE_NAME,
                        "create " + CategoryReader.FILE_NAME + " next to it with 'label:' and 'position:'"))));
        Parsed<ContentAssembler.Content> content = assembler.assemble(includeDrafts);
        ContentAssembler.Content read = content.value().orElseThrow();
        List<Question> questions = read.questions();
        if (content.hasErrors()) {
            Set<String> urls = new HashSet<>();
            questions = questions.stream().sorted(Comparator.comparing(Question::source))
                    .filter(q -> !includeDrafts && q.draft() || urls.add(q.url())).toList();
        }
        NavTree tree = NavTree.of(read.categories(), questions, includeDrafts);
        return new Parsed<>(Optional.of(new SiteContent(tree, snippets, texts)), content.problems());
    }

    /** Files a bake reads: Markdown and YAML, not hidden, not an editor's backup. */
    private static boolean readable(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith("~")
                && (name.endsWith(".md") || name.endsWith(".yml") || name.endsWith(".yaml"));
    }

    private Entry entry(Path file) throws IOException {
        String display = slashes(siteRoot.relativize(file.toAbsolutePath().normalize()));
        String relative = slashes(folder.relativize(file.toAbsolutePath().normalize()));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Unusable(List.of(Problem.error(SourceRef.of(display), "cannot read file: " + e.getMessage(), "check its permissions")));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] parts = relative.split("/");
        if (file.getFileName().toString().endsWith(".md")) {
            if (parts.length == 3 && parts[0].equals(ContentAssembler.FAQ_FOLDER) && parts[2].equals(CategoryText.FILE_NAME)) {
                Parsed<CategoryText> parsed = CategoryTextReader.read(parts[1], display, text);
                return parsed.value().<Entry>map(t -> new CategoryTextFile(t, parsed.problems()))
                        .orElseGet(() -> new Unusable(parsed.problems()));
            }
            if (Snippet.isSnippetPath(relative)) {
                return new SnippetFile(new Snippet(relative, SourceRef.of(display), text.startsWith("\uFEFF") ? text.substring(1) : text), List.of());
            }
            Parsed<FrontMatterReader.Source> parsed = FrontMatterReader.read(display, text);
            return parsed.value().<Entry>map(source -> new QuestionFile(relative, display, source, sha256(bytes), parsed.problems()))
                    .orElseGet(() -> new Unusable(parsed.problems()));
        }
        if (!file.getFileName().toString().equals(CategoryReader.FILE_NAME) || parts.length != 3
                || !parts[0].equals(ContentAssembler.FAQ_FOLDER)) {
            return new Unusable(List.of(Problem.error(SourceRef.of(display), "unexpected YAML file in content/",
                    "category metadata goes in content/faq/<category>/" + CategoryReader.FILE_NAME)));
        }
        Parsed<Category> parsed = CategoryReader.read(parts[1], display, text);
        return parsed.value().<Entry>map(category -> new CategoryFile(category, parsed.problems()))
                .orElseGet(() -> new Unusable(parsed.problems()));
    }

    private static String slashes(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
