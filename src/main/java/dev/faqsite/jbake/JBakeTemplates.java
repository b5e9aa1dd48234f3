package dev.faqsite.jbake;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.render.PageContent;
import dev.faqsite.render.Templates;
import dev.faqsite.render.TemplateWorkspace;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

/**
 * The pages' templates, drawn through JBake's template-engine extension point: view records become JBake's
 * {@link TemplateModel}, a {@link PageContent} its {@code content} document, a Freemarker failure a problem at the
 * template's line.
 */
final class JBakeTemplates implements Templates {

    private final AbstractTemplateEngine engine;
    private final TemplateWorkspace workspace;

    JBakeTemplates(AbstractTemplateEngine engine, TemplateWorkspace workspace) {
        this.engine = engine;
        this.workspace = workspace;
    }

    @Override
    public Optional<String> render(String template, PageContent content, Map<String, Object> variables, Problems problems) {
        TemplateModel model = new TemplateModel();
        model.setContent(document(content));
        model.putAll(variables);
        try {
            StringWriter out = new StringWriter(16 * 1024);
            engine.renderDocument(model, template, out);
            return Optional.of(out.toString());
        } catch (RenderingException e) {
            problems.add(templateProblem(template, e));
            return Optional.empty();
        }
    }

    private static DocumentModel document(PageContent content) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(content.type());
        document.setTitle(content.title());
        document.setBody(content.body());
        return document;
    }

    private Problem templateProblem(String template, RenderingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ParseException parse) {
            return Problem.error(new SourceRef(workspace.displayPath(parse.getTemplateName()),
                    Math.max(1, parse.getLineNumber()), Math.max(1, parse.getColumnNumber())),
                    "template syntax error: " + firstLine(parse.getEditorMessage()), "fix the template");
        }
        if (cause instanceof TemplateException failure && failure.getTemplateSourceName() != null) {
            Integer line = failure.getLineNumber();
            Integer col = failure.getColumnNumber();
            return Problem.error(new SourceRef(workspace.displayPath(failure.getTemplateSourceName()),
                    line == null ? 1 : Math.max(1, line), col == null ? 1 : Math.max(1, col)),
                    "template error: " + describe(failure.getMessageWithoutStackTop()),
                    "see docs/templates.md for the variables each template gets");
        }
        return Problem.error(SourceRef.of(workspace.displayPath(template)), "template error: "
                + firstLine(String.valueOf(cause == null ? e.getMessage() : cause.getMessage())), "fix the template");
    }

    /** Freemarker's "evaluated to null or missing" names the expression on a later line: put it in the message. */
    private static String describe(String message) {
        String text = message == null ? "" : message;
        int arrow = text.indexOf("==> ");
        if (text.startsWith("The following has evaluated to null or missing") && arrow >= 0) {
            String expression = text.substring(arrow + 4).split("\\s+\\[in template|\\n")[0].strip();
            return expression + " is missing or null";
        }
        return firstLine(text);
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
