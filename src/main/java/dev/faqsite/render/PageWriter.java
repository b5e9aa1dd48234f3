package dev.faqsite.render;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.diag.Problems;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Renders one template through the bake's template engine into one file of the output. */
final class PageWriter {

    private final AbstractTemplateEngine engine;
    private final Path destination;
    private final TemplateWorkspace workspace;
    private final Problems problems;

    PageWriter(AbstractTemplateEngine engine, Path destination, TemplateWorkspace workspace, Problems problems) {
        this.engine = engine;
        this.destination = destination;
        this.workspace = workspace;
        this.problems = problems;
    }

    /**
     * @param template   e.g. {@code question.ftl}
     * @param outputPath path under the destination, e.g. {@code faq/general/what/index.html}
     * @param content    JBake's {@code content} for templates that follow JBake's conventions
     * @param variables  top-level template variables: view records
     * @return whether the page was written (a template error is recorded as a problem with the template's line)
     */
    boolean write(String template, String outputPath, DocumentModel content, Map<String, Object> variables) {
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.putAll(variables);
        try {
            StringWriter out = new StringWriter(16 * 1024);
            engine.renderDocument(model, template, out);
            return writeFile(outputPath, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (RenderingException e) {
            problems.add(templateProblem(template, e));
        }
        return false;
    }

    /** Writes a file of the site that is not a template's output (the page manifest), the same safe way. */
    boolean writeFile(String outputPath, byte[] bytes) {
        try {
            Path file = destination.resolve(outputPath);
            Files.createDirectories(file.getParent());
            // write beside, then rename: a server reading the page during a live rebuild sees the old or the new one
            Path partial = file.resolveSibling("." + file.getFileName() + ".part");
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            problems.add(Problem.error(SourceRef.of(outputPath), "cannot write page: " + e.getMessage(),
                    "check free disk space and permissions of the output folder"));
            return false;
        }
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
