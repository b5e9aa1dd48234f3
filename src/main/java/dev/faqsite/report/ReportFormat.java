package dev.faqsite.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a run's problems can be written in, each by its own writer. */
public enum ReportFormat {
    /** {@code path:line:col: error: message [rule] (hint)} lines and the count: for people. */
    TEXT(TextReport::write),
    /** One JSON document, versioned (see docs/ci.md and docs/schemas/report-1.json). */
    JSON(JsonReport::write),
    /** GitHub Actions workflow commands: each problem an annotation on its line of the pull request. */
    GITHUB(GithubReport::write),
    /** SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps). */
    SARIF(SarifReport::write),
    /** JUnit XML, one test case per rule and file: for the test report views of CI systems. */
    JUNIT(JunitReport::write);

    /** Writes one report. */
    @FunctionalInterface
    interface Writing {
        void write(RunReport report, Writer out) throws IOException;
    }

    private final Writing writing;

    ReportFormat(Writing writing) {
        this.writing = writing;
    }

    public void write(RunReport report, Writer out) throws IOException {
        writing.write(report, out);
        out.flush();
    }

    /** Its name on the command line, e.g. {@code sarif}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The format a report file's name implies: {@code .sarif}, {@code .json}, {@code .xml}, {@code .txt}/{@code .log}. */
    public static Optional<ReportFormat> byFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sarif") || lower.endsWith(".sarif.json")) {
            return Optional.of(SARIF);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".xml")) {
            return Optional.of(JUNIT);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".log")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /** {@code text, json, github, sarif, junit} */
    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
