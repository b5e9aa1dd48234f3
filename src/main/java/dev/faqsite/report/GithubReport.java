package dev.faqsite.report;

import dev.faqsite.diag.Problem;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * GitHub Actions workflow commands, {@code ::error file=…,line=…,col=…,title=<rule>::message}: the runner turns
 * each into an annotation on that line of the pull request, and lists it in the run's summary.
 */
final class GithubReport {

    private GithubReport() {
    }

    static void write(RunReport report, Writer out) throws IOException {
        for (Problem problem : report.problems()) {
            out.write(command(problem, report.paths().inRepository(problem.where().path())));
            out.write('\n');
        }
        out.write("faqsite " + report.command() + " " + report.outcome().id() + ": " + report.summary() + "\n");
    }

    static String command(Problem problem, Optional<String> file) {
        StringBuilder line = new StringBuilder("::").append(problem.isError() ? "error" : "warning").append(' ');
        // a built-in template is in no file of the repository: the annotation goes on the run, its place in the text
        String text = problem.message() + (problem.hint().isEmpty() ? "" : " (" + problem.hint() + ")");
        if (file.isPresent()) {
            line.append("file=").append(property(file.get()))
                    .append(",line=").append(problem.where().line())
                    .append(",col=").append(problem.where().col()).append(',');
        } else {
            text = problem.where() + ": " + text;
        }
        line.append("title=").append(property(RunReport.ruleOf(problem)));
        return line.append("::").append(data(text)).toString();
    }

    /** A command's message: '%', CR and LF escaped, as the runner un-escapes them. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: also ':' and ',', which would end it. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
