package dev.faqsite.render;

import dev.faqsite.content.CategoryReader;
import dev.faqsite.content.Parsed;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.Category;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * JBake's engine for {@code .yml} files under {@code content/}: a category's {@code _category.yml} becomes a document
 * of type {@value #TYPE}; any other YAML file there is a mistake and reported as one.
 */
final class CategoryEngine extends MarkupEngine {

    static final String TYPE = "category";

    private final CrawlLog log;
    private final SourcePaths paths;

    CategoryEngine(CrawlLog log, SourcePaths paths) {
        this.log = log;
        this.paths = paths;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        String display = paths.display(file);
        String[] parts = paths.underContent(file).split("/");
        if (!file.getName().equals(CategoryReader.FILE_NAME) || parts.length != 3 || !parts[0].equals("faq")) {
            log.problems(List.of(Problem.error(SourceRef.of(display), "unexpected YAML file in content/",
                    "category metadata goes in content/faq/<category>/" + CategoryReader.FILE_NAME)));
            return null;
        }
        String text;
        try {
            text = Files.readString(file.toPath());
        } catch (IOException e) {
            log.problems(List.of(Problem.error(SourceRef.of(display), "cannot read file: " + e.getMessage(), "check its permissions")));
            return null;
        }
        Parsed<Category> parsed = CategoryReader.read(parts[1], display, text);
        log.problems(parsed.problems());
        if (parsed.value().isEmpty()) {
            return null;
        }
        Category category = parsed.value().get();
        log.category(file.getPath(), category);
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(TYPE);
        document.setStatus("published");
        document.setTitle(category.label());
        document.setBody(category.description());
        return document;
    }
}
