package dev.faqsite.report;

import dev.faqsite.diag.Problem;

import java.io.IOException;
import java.io.Writer;

/** One problem a line, as the terminal shows them, then the count. */
final class TextReport {

    private TextReport() {
    }

    static void write(RunReport report, Writer out) throws IOException {
        for (Problem problem : report.problems()) {
            out.write(problem.format());
            out.write('\n');
        }
        out.write(report.command() + " " + report.outcome().id() + ": " + report.summary() + "\n");
    }
}
