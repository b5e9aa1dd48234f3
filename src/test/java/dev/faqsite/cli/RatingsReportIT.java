package dev.faqsite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.model.RatingsConfig.Durability;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.PageCatalog;
import dev.faqsite.ratings.Vote;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code faqsite ratings report} on a built fixture site with votes in its SQLite database. */
class RatingsReportIT {

    @TempDir
    static Path tmp;
    static Path source;
    static Path out;

    @BeforeAll
    static void buildAndVote() throws Exception {
        source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
        out = tmp.resolve("site");
        Sites.build(source, out);
        PageCatalog catalog = ManifestFile.read(out);
        String second = catalog.page("/faq/alpha/second/").orElseThrow().contentVersion();
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        try (VoteStore store = JdbcVoteStore.open(Database.Sqlite.in(source.resolve("data"), Durability.NORMAL))) {
            store.record(new Vote("/faq/alpha/second/", second, "voter-aaaaaaaaaaaaaa", 2, Set.of(), "", t)).join();
            store.record(new Vote("/faq/alpha/second/", second, "voter-bbbbbbbbbbbbbb", 3, Set.of(), "", t)).join();
            store.record(new Vote("/faq/alpha/second/", "before-the-rewrite", "voter-aaaaaaaaaaaaaa", 5, Set.of(), "", t.minusSeconds(60))).join();
        }
    }

    /** Runs the command, returning its exit code and what it printed. */
    static String[] run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[] {String.valueOf(code), printed.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void printsJsonWithPageVotesAverageDistributionAndTheChange() throws Exception {
        String[] result = run("ratings", "report", "--source", source.toString(), "--out", out.toString(), "--format", "json");
        assertEquals("0", result[0], result[1]);
        JsonNode rows = new ObjectMapper().readTree(result[1]);
        assertEquals(4, rows.size());
        JsonNode worst = rows.get(0);
        assertEquals("/faq/alpha/second/", worst.get("page").asText());
        assertEquals(2, worst.get("votes").asInt());
        assertEquals(2.5, worst.get("average").asDouble());
        assertEquals("{\"1\":0,\"2\":1,\"3\":1,\"4\":0,\"5\":0}", worst.get("distribution").toString());
        assertEquals(-2.5, worst.get("change").asDouble());
        assertTrue(rows.get(1).get("average").isNull());
    }

    @Test
    void printsATableAndCsvForOneCategory() {
        String[] table = run("ratings", "report", "--source", source.toString(), "--out", out.toString(), "--category", "alpha");
        assertEquals("0", table[0], table[1]);
        List<String> lines = table[1].lines().toList();
        assertTrue(lines.get(0).startsWith("PAGE"), table[1]);
        assertTrue(lines.get(1).matches("/faq/alpha/second/ +2 +2\\.50 +0 +1 +1 +0 +0 +5\\.00 \\(1\\) +-2\\.50"), lines.get(1));
        assertTrue(lines.get(2).startsWith("/faq/alpha/first/"), lines.get(2));
        String[] csv = run("ratings", "report", "--source", source.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals("0", csv[0]);
        assertTrue(csv[1].lines().skip(1).findFirst().orElseThrow().startsWith("/faq/alpha/second/,What is the second question?,alpha,true,"), csv[1]);
    }

    @Test
    void exitsTwoForAnUnknownFormatCategoryOrAnUnbuiltSite() {
        assertEquals("2", run("ratings", "report", "--source", source.toString(), "--out", out.toString(), "--format", "xml")[0]);
        assertEquals("2", run("ratings", "report", "--source", source.toString(), "--out", out.toString(), "--category", "nope")[0]);
        assertEquals("2", run("ratings", "report", "--source", source.toString(), "--out", tmp.resolve("never-built").toString())[0]);
    }
}
