package dev.faqsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    private final String sarif = Reports.write(ReportFormat.SARIF, Reports.sample());

    @Test
    void isValidAgainstThePublishedSarif210Schema() throws Exception {
        assertEquals(List.of(), SchemaValidation.errors(SchemaValidation.sarif(), sarif));
    }

    @Test
    void theSchemaCheckCatchesAnInvalidLog() throws Exception {
        String broken = sarif.replace("\"level\" : \"warning\"", "\"level\" : \"serious\"");
        assertFalse(SchemaValidation.errors(SchemaValidation.sarif(), broken).isEmpty(), "a level SARIF does not know must be refused");
    }

    @Test
    void eachProblemIsAResultAtItsRepositoryLineUnderItsRule() throws Exception {
        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
        JsonNode anchor = find(run, "broken-anchor");
        assertEquals("error", anchor.path("level").asText());
        JsonNode location = anchor.path("locations").get(0).path("physicalLocation");
        assertEquals("docs/content/faq/market%20data/depth.md", location.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", location.path("artifactLocation").path("uriBaseId").asText());
        assertEquals(9, location.path("region").path("startLine").asInt());
        assertEquals(4, location.path("region").path("startColumn").asInt());
        int index = anchor.path("ruleIndex").asInt();
        assertEquals("broken-anchor", run.path("tool").path("driver").path("rules").get(index).path("id").asText());
        assertEquals("warning", find(run, "broken-link").path("level").asText());
        assertEquals("content", find(run, "content").path("ruleId").asText());
    }

    @Test
    void aBuiltInTemplateIsALogicalLocationNotAFileOfTheRepository() throws Exception {
        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
        JsonNode location = find(run, "accessible-name").path("locations").get(0);
        assertTrue(location.path("physicalLocation").isMissingNode());
        assertEquals("built-in templates/partials/footer.ftl:4:1", location.path("logicalLocations").get(0).path("fullyQualifiedName").asText());
    }

    @Test
    void rulesCarryTheirConfiguredLevel() throws Exception {
        JsonNode rules = new ObjectMapper().readTree(sarif).path("runs").get(0).path("tool").path("driver").path("rules");
        for (JsonNode rule : rules) {
            String expected = switch (rule.path("id").asText()) {
                case "broken-link", "external-link" -> "warning";
                case "lang" -> "none";
                default -> "error";
            };
            assertEquals(expected, rule.path("defaultConfiguration").path("level").asText(), rule.toString());
        }
    }

    private static JsonNode find(JsonNode run, String rule) {
        for (JsonNode result : run.path("results")) {
            if (result.path("ruleId").asText().equals(rule)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + rule);
    }
}
