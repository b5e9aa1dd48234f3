package dev.faqsite.ratings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.ratings.PageRating.Tally;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatTest {

    private static final List<PageRating> ROWS = List.of(
            new PageRating("/faq/a/one/", "Why, \"exactly\"?", "a", "A", true, "v2",
                    new Tally("v2", List.of(1, 1, 0, 0, 1), Map.of("unclear", 2)),
                    Optional.of(new Tally("v1", List.of(0, 0, 0, 2, 2), Map.of()))),
            new PageRating("/faq/a/two/", "Two?", "a", "A", true, "v7", new Tally("v7", List.of(0, 0, 0, 0, 0), Map.of()), Optional.empty()));

    private static String write(ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.write(ROWS, out);
        return out.toString();
    }

    @Test
    void writesJsonObjectsWithPageVotesAverageAndDistribution() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(ReportFormat.JSON));
        assertEquals(2, json.size());
        JsonNode one = json.get(0);
        assertEquals("/faq/a/one/", one.get("page").asText());
        assertEquals(3, one.get("votes").asInt());
        assertEquals(2.67, one.get("average").asDouble());
        assertEquals("{\"1\":1,\"2\":1,\"3\":0,\"4\":0,\"5\":1}", one.get("distribution").toString());
        assertEquals(2, one.get("reasons").get("unclear").asInt());
        assertEquals(4.5, one.get("previous").get("average").asDouble());
        assertEquals(-1.83, one.get("change").asDouble());
        assertTrue(json.get(1).get("average").isNull());
        assertTrue(json.get(1).get("previous").isNull());
    }

    @Test
    void quotesCsvCellsThatNeedIt() throws IOException {
        List<String> lines = write(ReportFormat.CSV).lines().toList();
        assertEquals("page,title,category,live,content_version,votes,average,score_1,score_2,score_3,score_4,score_5,"
                + "previous_votes,previous_average,change", lines.get(0));
        assertEquals("/faq/a/one/,\"Why, \"\"exactly\"\"?\",a,true,v2,3,2.67,1,1,0,0,1,4,4.50,-1.83", lines.get(1));
        assertEquals("/faq/a/two/,Two?,a,true,v7,0,,0,0,0,0,0,,,", lines.get(2));
    }

    @Test
    void alignsATableWithTheChangeSinceTheVersionBefore() throws IOException {
        List<String> lines = write(ReportFormat.TABLE).lines().toList();
        assertEquals("PAGE         VOTES   AVG  1  2  3  4  5    BEFORE  CHANGE", lines.get(0));
        assertEquals("/faq/a/one/      3  2.67  1  1  0  0  1  4.50 (4)   -1.83", lines.get(1));
        assertEquals("/faq/a/two/      0     -  0  0  0  0  0         -       -", lines.get(2));
        assertTrue(lines.get(4).startsWith("2 pages, 1 rated, 3 votes on their live versions."), lines.get(4));
    }
}
