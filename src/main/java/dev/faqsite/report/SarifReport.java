package dev.faqsite.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.diag.Problem;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 (OASIS), the format code scanning reads: one run, faqsite as its tool with every rule and its level,
 * one result per problem at its line, its file relative to the repository's root ({@code %SRCROOT%}).
 */
final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String ROOT = "%SRCROOT%";

    private SarifReport() {
    }

    static void write(RunReport report, Writer out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode log = json.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "faqsite").put("version", report.toolVersion()).put("semanticVersion", report.toolVersion());
        Map<String, Integer> index = new HashMap<>();
        ArrayNode rules = driver.putArray("rules");
        List<RunReport.Rule> all = report.rules();
        for (int i = 0; i < all.size(); i++) {
            RunReport.Rule rule = all.get(i);
            index.put(rule.id(), i);
            ObjectNode descriptor = rules.addObject().put("id", rule.id());
            descriptor.putObject("shortDescription").put("text", rule.description());
            descriptor.putObject("defaultConfiguration").put("level", level(rule.level()))
                    .put("enabled", !rule.level().equals("off"));
        }
        run.putArray("invocations").addObject().put("executionSuccessful", true)
                .putObject("properties").put("outcome", report.outcome().id()).put("pages", report.pages());
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (Problem problem : report.problems()) {
            String rule = RunReport.ruleOf(problem);
            ObjectNode result = results.addObject();
            result.put("ruleId", rule);
            if (index.containsKey(rule)) {
                result.put("ruleIndex", index.get(rule));
            }
            result.put("level", problem.isError() ? "error" : "warning");
            result.putObject("message").put("text", problem.message() + (problem.hint().isEmpty() ? "" : " (" + problem.hint() + ")"));
            Optional<String> file = report.paths().inRepository(problem.where().path());
            ObjectNode location = result.putArray("locations").addObject();
            if (file.isPresent()) {
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(file.get())).put("uriBaseId", ROOT);
                physical.putObject("region").put("startLine", problem.where().line()).put("startColumn", problem.where().col());
            } else {
                // a built-in template: no file of the repository, named as a logical place instead
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", problem.where().toString())
                        .put("kind", "resource");
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(new JsonReport.NonClosing(out), log);
        out.write('\n');
    }

    private static String level(String level) {
        return level.equals("off") ? "none" : level;
    }

    /** A relative URI reference of a repository path: spaces and other characters escaped, slashes kept. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
