package dev.faqsite.cli;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --format} and {@code --report} on the command line: annotations or text on the terminal and report files for
 * CI from one run of {@code faqsite check} over the one-run fixture (a broken .md link, anchor and alt text).
 */
class ReportFormatsIT {

    @TempDir
    Path tmp;

    private record Run(int code, String stdout, String stderr) {
    }

    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private String site() {
        return Sites.fixture("checks/one-run").toString();
    }

    @Test
    void githubAnnotationsOnStdoutAndSarifJunitAndJsonFilesFromOneRun() throws Exception {
        Path sarif = tmp.resolve("reports/faqsite.sarif");
        Path junit = tmp.resolve("reports/junit.xml");
        Path json = tmp.resolve("reports/report.json");
        Run run = run("check", "--source", site(), "--out", tmp.resolve("site").toString(), "--format", "github",
                "--repo-root", Sites.fixture("checks").toString(),
                "--report", sarif.toString(), "--report", "junit:" + junit, "--report", json.toString());
        assertEquals(1, run.code(), run.stderr());
        assertTrue(run.stdout().startsWith("::warning file=one-run/content/faq/market-data/order-book-depth.md,line=7,col=1,title=broken-link::"),
                run.stdout());
        assertTrue(run.stdout().contains("::error file=one-run/content/faq/market-data/order-book-depth.md,line=9,col=1,title=broken-anchor::"), run.stdout());
        assertTrue(run.stderr().contains("Build failed: 2 errors, 1 warning"), run.stderr());
        assertTrue(Files.readString(sarif).contains("\"uri\" : \"one-run/content/faq/market-data/order-book-depth.md\""));
        assertTrue(Files.readString(junit).contains("<testsuite name=\"image-alt\" tests=\"1\" failures=\"1\""));
        assertTrue(Files.readString(json).contains("\"outcome\" : \"failed\""));
    }

    @Test
    void textOnTheTerminalWhileAReportFileIsWritten() throws Exception {
        Path json = tmp.resolve("report.json");
        Run run = run("check", "--source", site(), "--out", tmp.resolve("site").toString(), "--report", json.toString());
        assertTrue(run.stderr().contains("order-book-depth.md:9:1: error: link to a missing anchor #depth-levels"), run.stderr());
        assertTrue(Files.readString(json).contains("\"schemaVersion\" : 1"));
    }

    @Test
    void jsonOnStdoutIsOneDocumentWithTheSummaryOnStderr() {
        Run run = run("build", "--strict", "--source", site(), "--out", tmp.resolve("site").toString(), "--format", "json");
        assertTrue(run.stdout().strip().startsWith("{") && run.stdout().strip().endsWith("}"), run.stdout());
        assertTrue(run.stdout().contains("\"command\" : \"build\""), run.stdout());
        assertFalse(run.stdout().contains("Build failed"), run.stdout());
    }

    @Test
    void anUnknownFormatOrAnUnnamedReportIsAUsageErrorBeforeAnythingIsBuilt() {
        Run format = run("check", "--source", site(), "--out", tmp.resolve("site").toString(), "--format", "xml");
        assertEquals(2, format.code());
        assertTrue(format.stderr().contains("unknown --format 'xml' (one of text, json, github, sarif, junit)"), format.stderr());
        Run report = run("check", "--source", site(), "--out", tmp.resolve("site").toString(), "--report", "findings.out");
        assertEquals(2, report.code());
        assertTrue(report.stderr().contains("cannot tell the format of --report 'findings.out'"), report.stderr());
        assertFalse(Files.exists(tmp.resolve("site-external-links.txt")), "nothing was built");
    }
}
