package dev.faqsite.cli;

import dev.faqsite.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How {@code build} and {@code check} report their problems: on the terminal, and in files for CI. */
final class ReportOptions {

    /** A report file and its format. */
    record ReportFile(ReportFormat format, Path file) {
    }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How problems are printed: text (default; on stderr), json, github, sarif or junit (on stdout).")
    String format = "text";

    @Option(names = "--report", paramLabel = "[FORMAT:]FILE",
            description = "Also write the problems to FILE, in FORMAT or the one its name ends with (.sarif, .json, .xml for JUnit, .txt); may be repeated.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--repo-root", paramLabel = "DIR",
            description = "The repository's root, which paths in reports are relative to (default: $GITHUB_WORKSPACE, $CI_PROJECT_DIR, else the working directory).")
    Path repoRoot;

    /** The terminal's format; a usage error for an unknown name. */
    ReportFormat terminal(CommandLine commandLine) {
        return ReportFormat.byId(format).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                "unknown --format '" + format + "' (one of " + ReportFormat.names() + ")"));
    }

    /** The report files asked for; a usage error for one whose format cannot be told. */
    List<ReportFile> files(CommandLine commandLine) {
        List<ReportFile> out = new ArrayList<>();
        for (String report : reports) {
            int colon = report.indexOf(':');
            Optional<ReportFormat> named = colon > 0 ? ReportFormat.byId(report.substring(0, colon)) : Optional.empty();
            String file = named.isPresent() ? report.substring(colon + 1) : report;
            ReportFormat format = named.or(() -> ReportFormat.byFileName(file)).orElseThrow(() -> new CommandLine.ParameterException(
                    commandLine, "cannot tell the format of --report '" + report + "' (name it: --report sarif:" + report
                    + ", or end the file name with .sarif, .json, .xml or .txt; formats: " + ReportFormat.names() + ")"));
            if (file.isBlank()) {
                throw new CommandLine.ParameterException(commandLine, "--report '" + report + "' names no file");
            }
            out.add(new ReportFile(format, Path.of(file)));
        }
        return out;
    }
}
