package dev.faqsite.render;

import dev.faqsite.diag.Problem;
import dev.faqsite.model.Category;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What this bake's engines read while JBake crawled, keyed by the file JBake recorded in its content store. JBake's
 * store keeps plain values; the typed records and every problem with its line are kept here.
 */
final class CrawlLog {

    /** A question file as the engine read it. */
    record QuestionFile(String relativePath, String displayPath, dev.faqsite.content.FrontMatterReader.Source source,
                        String contentHash) {
    }

    private final Map<String, QuestionFile> questions = new HashMap<>();
    private final Map<String, Category> categories = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    synchronized void question(String file, QuestionFile question) {
        questions.put(file, question);
    }

    synchronized void category(String file, Category category) {
        categories.put(file, category);
    }

    synchronized void problems(List<Problem> found) {
        problems.addAll(found);
    }

    /** Forgets what was read from a file (changed or deleted), and the problems it had. */
    synchronized void forget(String file, String displayPath) {
        questions.remove(file);
        categories.remove(file);
        problems.removeIf(p -> p.where().path().equals(displayPath));
    }

    synchronized QuestionFile questionAt(String file) {
        return questions.get(file);
    }

    synchronized Category categoryAt(String file) {
        return categories.get(file);
    }

    synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }
}
