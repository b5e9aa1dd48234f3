package dev.faqsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportTest {

    private final String json = Reports.write(ReportFormat.JSON, Reports.sample());

    @Test
    void isValidAgainstItsDocumentedSchema() throws Exception {
        assertEquals(List.of(), SchemaValidation.errors(SchemaValidation.faqsiteReport(), json));
    }

    @Test
    void theDocumentedSchemaRefusesAnotherVersion() throws Exception {
        assertFalse(SchemaValidation.errors(SchemaValidation.faqsiteReport(), json.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")).isEmpty());
    }

    @Test
    void listsEveryFindingWithItsSiteAndRepositoryPaths() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(4, root.path("summary").path("errors").asInt());
        assertEquals(1, root.path("summary").path("warnings").asInt());
        JsonNode first = root.path("findings").get(0);
        JsonNode builtIn = null;
        for (JsonNode finding : root.path("findings")) {
            if (finding.path("rule").asText().equals("accessible-name")) {
                builtIn = finding;
            }
        }
        assertTrue(builtIn != null && builtIn.path("repoPath").isNull(), json);
        assertEquals("built-in templates/partials/footer.ftl", first.path("path").asText());
        JsonNode anchor = root.path("findings").get(3);
        assertEquals("broken-anchor", anchor.path("rule").asText());
        assertEquals("docs/content/faq/market data/depth.md", anchor.path("repoPath").asText());
        assertEquals(9, anchor.path("line").asInt());
        assertEquals(4, anchor.path("column").asInt());
    }
}
