package dev.faqsite.cli;

import dev.faqsite.build.BuildResult;
import dev.faqsite.diag.Problem;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** Prints a build's problems, one per line, and its one-line summary. */
final class Report {

    private Report() {
    }

    static int print(BuildResult result, Path out, boolean timings, PrintStream stdout, PrintStream stderr) {
        if (timings) {
            stderr.println("timings: " + result.timings().format());
        }
        for (Problem problem : result.problems().sorted()) {
            stderr.println(problem.format());
        }
        String seconds = String.format(Locale.ROOT, "%.1f s", result.elapsed().toMillis() / 1000.0);
        switch (result.status()) {
            case BUILT -> {
                stdout.println("Built " + result.pages() + " pages in " + seconds + " -> " + out
                        + (result.problems().warningCount() > 0 ? " (" + result.problems().summary() + ")" : ""));
                return ExitCode.OK;
            }
            case CHECKED -> {
                stdout.println("Checked " + result.pages() + " pages in " + seconds + ": " + result.problems().summary());
                return ExitCode.OK;
            }
            case CONTENT_ERRORS -> {
                stderr.println("Build failed: " + result.problems().summary() + "; the previous site in " + out + " is unchanged");
                return ExitCode.CONTENT;
            }
            default -> {
                stderr.println("Build failed: " + result.problems().summary() + " in the config");
                return ExitCode.USAGE;
            }
        }
    }
}
