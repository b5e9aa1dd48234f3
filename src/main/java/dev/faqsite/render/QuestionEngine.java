package dev.faqsite.render;

import dev.faqsite.content.FrontMatterReader;
import dev.faqsite.content.Parsed;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * JBake's engine for {@code .md} files in this site: reads YAML front matter (which JBake 2.7.0 cannot) or JBake's
 * own header, and stores the question in JBake's content store as document type {@value #TYPE}. The Markdown body is
 * rendered later, once every page's URL is known, so that links between answers can be resolved.
 */
final class QuestionEngine extends MarkupEngine {

    static final String TYPE = "faq";

    private final CrawlLog log;
    private final SourcePaths paths;

    QuestionEngine(CrawlLog log, SourcePaths paths) {
        this.log = log;
        this.paths = paths;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        String display = paths.display(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            log.problems(List.of(Problem.error(SourceRef.of(display), "cannot read file: " + e.getMessage(), "check its permissions")));
            return null;
        }
        Parsed<FrontMatterReader.Source> parsed = FrontMatterReader.read(display, new String(bytes, StandardCharsets.UTF_8));
        log.problems(parsed.problems());
        if (parsed.value().isEmpty()) {
            return null; // the problems say why; JBake skips the file
        }
        FrontMatterReader.Source source = parsed.value().get();
        log.question(file.getPath(), new CrawlLog.QuestionFile(paths.underContent(file), display, source, sha256(bytes)));

        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(TYPE);
        document.setStatus(source.frontMatter().draft() ? "draft" : "published");
        document.setTitle(source.frontMatter().title());
        document.setBody(source.body());
        document.setTags(source.frontMatter().tags().toArray(String[]::new));
        document.put("description", source.frontMatter().description());
        return document;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
