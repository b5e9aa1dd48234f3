package dev.faqsite.jbake;

import dev.faqsite.model.Category;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.SiteContent;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

import java.io.File;
import java.util.HashMap;
import java.util.Map;

/**
 * JBake's engine for the {@code .md} and {@code .yml} files of {@code content/}. It parses nothing: the content was
 * read and validated into the model before the bake, so a crawled file becomes the document of the question or
 * category read from it — type {@value #QUESTION} or {@value #CATEGORY} — and any other file (a snippet, a draft left
 * out) is skipped.
 */
final class ModelEngine extends MarkupEngine {

    static final String QUESTION = "faq";
    static final String CATEGORY = "category";

    private final SourcePaths paths;
    private volatile Map<String, Question> questions = Map.of();
    private volatile Map<String, Category> categories = Map.of();

    ModelEngine(SourcePaths paths) {
        this.paths = paths;
    }

    /** The content the next crawl maps files to. */
    void use(SiteContent content) {
        NavTree tree = content.tree();
        Map<String, Question> byFile = new HashMap<>();
        tree.readingOrder().forEach(q -> byFile.put(q.source().path(), q));
        Map<String, Category> categoryByFile = new HashMap<>();
        tree.sections().forEach(s -> categoryByFile.put(s.category().source().path(), s.category()));
        questions = Map.copyOf(byFile);
        categories = Map.copyOf(categoryByFile);
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        String display = paths.display(file);
        Question question = questions.get(display);
        if (question != null) {
            DocumentModel document = DocumentModel.createDefaultDocumentModel();
            document.setType(QUESTION);
            document.setStatus(question.draft() ? "draft" : "published");
            document.setTitle(question.title());
            document.setBody(question.markdown());
            document.setTags(question.frontMatter().tags().toArray(String[]::new));
            document.put("description", question.frontMatter().description());
            return document;
        }
        Category category = categories.get(display);
        if (category != null) {
            DocumentModel document = DocumentModel.createDefaultDocumentModel();
            document.setType(CATEGORY);
            document.setStatus("published");
            document.setTitle(category.label());
            document.setBody(category.description());
            return document;
        }
        return null; // JBake skips the file
    }
}
