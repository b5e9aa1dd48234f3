package dev.faqsite.check;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the shipped site, and the redirect pages of moved answers, pass the Nu Html Checker (the W3C validator), run offline as its own process
 * because its Jetty 11 classes must not meet the product's Jetty 12 (see tools/nu-validator/pom.xml).
 */
class HtmlValidityIT {

    @TempDir
    static Path tmp;
    static Path site;
    static Path redirects;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        assertTrue(Sites.build(Sites.repository(), site).built());
        redirects = tmp.resolve("redirects");
        assertTrue(Sites.build(Sites.fixture("redirects"), redirects).built());
    }

    @Test
    void everyPageOfTheShippedSiteAndTheRedirectPagesOfMovedAnswersAreValidHtml() throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html") && !f.getFileName().toString().startsWith("_"))
                    .map(Path::toString).sorted().toList();
        }
        assertTrue(pages.size() > 60, "pages: " + pages.size());
        List<String> withRedirects = new ArrayList<>(pages); // one validator run: it takes seconds to start
        withRedirects.add(redirects.resolve("docs/billing/refunds/index.html").toString());
        withRedirects.add(redirects.resolve("help/invoices/index.html").toString());
        Result result = validate(withRedirects);
        assertEquals("", result.output(), "the validator's errors");
        assertEquals(0, result.exit());
    }

    @Test
    void theValidatorReportsInvalidHtml() throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><ul><div>x</div></ul></body></html>");
        Result result = validate(List.of(bad.toString()));
        assertEquals(1, result.exit());
        assertTrue(result.output().contains("Element “div” not allowed as child of element “ul”"), result.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result validate(List<String> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--skip-non-html"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        return new Result(process.exitValue(), output);
    }

    /** The validator's classpath, resolved by Maven from tools/nu-validator/pom.xml (.ci/run does it beforehand). */
    private static String classpath() throws IOException, InterruptedException {
        Path file = Sites.repository().resolve("target/nu-validator.classpath");
        if (!Files.exists(file)) {
            Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-f", "tools/nu-validator/pom.xml", "dependency:build-classpath",
                    "-Dmdep.outputFile=../../target/nu-validator.classpath")
                    .directory(Sites.repository().toFile()).inheritIO().start();
            assertEquals(0, mvn.waitFor(), "resolving the Nu Html Checker with Maven");
        }
        return Files.readString(file).strip();
    }
}
