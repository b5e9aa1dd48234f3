package dev.faqsite.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.diag.Problem;

import java.io.IOException;
import java.io.Writer;

/**
 * faqsite's own JSON report, version {@value #VERSION}: the schema is {@code docs/schemas/report-1.json}, described
 * in docs/ci.md. A new field may appear within a version; a field that changes meaning or goes away makes a new one.
 */
final class JsonReport {

    static final int VERSION = 1;

    private JsonReport() {
    }

    static void write(RunReport report, Writer out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("schemaVersion", VERSION);
        root.putObject("tool").put("name", "faqsite").put("version", report.toolVersion());
        root.put("command", report.command());
        root.put("outcome", report.outcome().id());
        root.put("pages", report.pages());
        root.put("checksRan", report.checksRan());
        root.putObject("summary").put("errors", report.errors()).put("warnings", report.warnings());
        ArrayNode rules = root.putArray("rules");
        report.rules().forEach(r -> rules.addObject().put("id", r.id()).put("level", r.level()).put("check", r.check())
                .put("description", r.description()));
        ArrayNode findings = root.putArray("findings");
        for (Problem problem : report.problems()) {
            ObjectNode finding = findings.addObject();
            finding.put("severity", problem.severity().label());
            finding.put("rule", RunReport.ruleOf(problem));
            finding.put("path", problem.where().path());
            report.paths().inRepository(problem.where().path()).ifPresentOrElse(p -> finding.put("repoPath", p),
                    () -> finding.putNull("repoPath"));
            finding.put("line", problem.where().line());
            finding.put("column", problem.where().col());
            finding.put("message", problem.message());
            finding.put("hint", problem.hint());
        }
        json.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), root);
        out.write('\n');
    }

    /** Jackson closes what it writes to; the caller owns the writer (it may be the terminal). */
    static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
