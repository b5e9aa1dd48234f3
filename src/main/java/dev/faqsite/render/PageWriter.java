package dev.faqsite.render;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Renders one template through the bake's template engine into one file of the output. */
final class PageWriter {

    private final Templates templates;
    private final Path destination;
    private final Problems problems;
    private final PageSink sink;

    PageWriter(Templates templates, Path destination, Problems problems, PageSink sink) {
        this.templates = templates;
        this.destination = destination;
        this.problems = problems;
        this.sink = sink;
    }

    /**
     * @param template   e.g. {@code question.ftl}
     * @param outputPath path under the destination, e.g. {@code faq/general/what/index.html}
     * @param content    JBake's {@code content} for templates that follow JBake's conventions
     * @param variables  top-level template variables: view records
     * @return whether the page was written (a template error is recorded as a problem with the template's line)
     */
    boolean write(String template, String outputPath, PageContent content, Map<String, Object> variables) {
        return templates.render(template, content, variables, problems)
                .map(text -> {
                    boolean written = writeFile(outputPath, text.getBytes(StandardCharsets.UTF_8));
                    if (written) {
                        sink.written(outputPath, text);
                    }
                    return written;
                })
                .orElse(false);
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
}
