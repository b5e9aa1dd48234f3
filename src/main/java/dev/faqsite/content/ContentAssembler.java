package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.Category;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.FrontMatter;
import dev.faqsite.model.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the files found under {@code content/} into categories and questions, and checks the rules that span files:
 * every question sits in a category folder that has metadata, no two sources produce the same URL, and every old URL
 * a page or a category text declares in {@code redirect_from:} leads to a published page from one of them only.
 */
public final class ContentAssembler {

    /** The FAQ's root under the content folder. */
    public static final String FAQ_FOLDER = "faq";
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Categories and questions of one site, in no particular order (see {@link dev.faqsite.model.NavTree}). */
    public record Content(List<Category> categories, List<Question> questions) {
        public Content {
            categories = List.copyOf(categories);
            questions = List.copyOf(questions);
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<CategoryText> texts = new ArrayList<>();
    private final Set<String> questionFolders = new TreeSet<>();
    private final Map<String, String> firstQuestionInFolder = new HashMap<>();

    /**
     * A question file.
     *
     * @param relativePath path under the content folder with forward slashes, e.g. {@code faq/general/what.md}
     * @param displayPath  path shown to the author, e.g. {@code content/faq/general/what.md}
     */
    public Optional<Question> addQuestion(String relativePath, String displayPath, FrontMatterReader.Source source,
                                          String contentHash) {
        String[] parts = relativePath.split("/");
        if (parts.length != 3 || !parts[0].equals(FAQ_FOLDER)) {
            problems.add(Problem.error(SourceRef.of(displayPath), "question file outside a category folder",
                    "move it to content/faq/<category>/" + parts[parts.length - 1]));
            return Optional.empty();
        }
        String categoryId = parts[1];
        String stem = parts[2].replaceFirst("\\.md$", "");
        FrontMatter fm = source.frontMatter();
        if (!SEGMENT.matcher(categoryId).matches()) {
            problems.add(Problem.error(SourceRef.of(displayPath), "category folder '" + categoryId + "' is not a URL segment",
                    "rename the folder with lowercase letters, digits and single hyphens"));
            return Optional.empty();
        }
        if (fm.slug().isEmpty() && !SEGMENT.matcher(stem).matches()) {
            problems.add(Problem.error(SourceRef.of(displayPath), "file name '" + stem + "' is not a URL segment",
                    "rename the file with lowercase letters, digits and single hyphens, or set 'slug:' in the front matter"));
            return Optional.empty();
        }
        Question question = new Question(categoryId, fm.slug().orElse(stem), fm, SourceRef.of(displayPath),
                source.bodyLine(), source.body(), contentHash);
        questions.add(question);
        questionFolders.add(categoryId);
        firstQuestionInFolder.merge(categoryId, displayPath, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        return Optional.of(question);
    }

    public void addCategory(Category category) {
        categories.add(category);
    }

    /** A category's {@code _index.md}: its old URLs share the redirect rules with the questions'. */
    public void addCategoryText(CategoryText text) {
        texts.add(text);
    }

    public void addProblems(List<Problem> found) {
        problems.addAll(found);
    }

    /** Checks the cross-file rules and returns what was assembled with every problem found on the way. */
    public Parsed<Content> assemble(boolean includeDrafts) {
        Set<String> declared = new TreeSet<>();
        categories.forEach(c -> declared.add(c.id()));
        for (String folder : questionFolders) {
            if (!declared.contains(folder)) {
                problems.add(Problem.error(SourceRef.of("content/faq/" + folder + "/" + CategoryReader.FILE_NAME),
                        "category folder '" + folder + "' has no " + CategoryReader.FILE_NAME,
                        "create it with 'label:' and 'position:'; the folder's first question is " + firstQuestionInFolder.get(folder)));
            }
        }
        Map<String, Question> byUrl = new HashMap<>();
        questions.stream().filter(q -> includeDrafts || !q.draft())
                .sorted((a, b) -> a.source().compareTo(b.source()))
                .forEach(q -> {
                    Question earlier = byUrl.putIfAbsent(q.url(), q);
                    if (earlier != null) {
                        // at the 'slug:' that made the URL when there is one, else at the file
                        problems.add(Problem.error(q.frontMatter().positions().of("slug"), "two pages have the URL " + q.url() + ": this one and "
                                + earlier.source().path(), "give one of them another 'slug:' or file name"));
                    }
                });
        problems.addAll(RedirectRules.check(questions, texts, includeDrafts));
        return new Parsed<>(Optional.of(new Content(categories, questions)), problems);
    }
}
