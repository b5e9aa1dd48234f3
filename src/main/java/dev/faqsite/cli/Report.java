package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.check.SiteChecker;
import dev.faqsite.diag.Problem;
import dev.faqsite.model.CheckSettings;
import dev.faqsite.model.SiteConfig;
import dev.faqsite.report.RepoPaths;
import dev.faqsite.report.ReportFormat;
import dev.faqsite.report.RunReport;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Prints a build's problems and its one-line summary: as text, one problem a line, or in a CI format on stdout (the
 * summary then on stderr, so that stdout stays one document); and writes the report files asked for.
 */
final class Report {

    /** What to report and where. */
    record Request(BuildOptions options, String command, ReportFormat terminal, List<ReportOptions.ReportFile> files,
                   Optional<Path> repoRoot, boolean timings) {
    }

    private Report() {
    }

    static int print(BuildResult result, Request request, PrintStream stdout, PrintStream stderr) throws IOException {
        return print(result, request, System.getenv(), stdout, stderr);
    }

    static int print(BuildResult result, Request request, Map<String, String> environment, PrintStream stdout,
                     PrintStream stderr) throws IOException {
        if (request.timings()) {
            stderr.println("timings: " + result.timings().format());
        }
        RunReport report = report(result, request, environment);
        if (request.terminal() == ReportFormat.TEXT) {
            for (Problem problem : result.problems().sorted()) {
                stderr.println(problem.format());
            }
        } else {
            Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
            request.terminal().write(report, out);
        }
        for (ReportOptions.ReportFile file : request.files()) {
            Path target = file.file().toAbsolutePath().normalize();
            Files.createDirectories(target.getParent());
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                file.format().write(report, out);
            }
        }
        return summarise(result, request.options().out(), request.terminal() == ReportFormat.TEXT ? stdout : stderr, stderr);
    }

    static RunReport report(BuildResult result, Request request, Map<String, String> environment) {
        RunReport.Outcome outcome = switch (result.status()) {
            case BUILT -> RunReport.Outcome.BUILT;
            case CHECKED -> RunReport.Outcome.CHECKED;
            case CONTENT_ERRORS -> RunReport.Outcome.FAILED;
            case CONFIG_ERRORS -> RunReport.Outcome.CONFIG_ERRORS;
        };
        boolean checksRan = request.options().mode() != BuildOptions.Mode.BUILD && result.tree().isPresent();
        CheckSettings checks = result.config().map(SiteConfig::checks).orElse(CheckSettings.STRICT);
        return new RunReport(version(), request.command(), outcome, result.pages(), checksRan, result.problems().sorted(),
                RunReport.rules(SiteChecker.ruleDescriptions(), SiteChecker.levels(checks),
                        request.options().external().isPresent() ? Set.of() : Set.of(SiteChecker.EXTERNAL_LINK)),
                RepoPaths.of(request.options().source(), request.repoRoot(), environment));
    }

    /** Prints the problems as text and the summary: what {@code serve} shows before it serves. */
    static int print(BuildResult result, Path out, boolean timings, PrintStream stdout, PrintStream stderr) {
        if (timings) {
            stderr.println("timings: " + result.timings().format());
        }
        for (Problem problem : result.problems().sorted()) {
            stderr.println(problem.format());
        }
        return summarise(result, out, stdout, stderr);
    }

    /** faqsite's version, as {@code --version} prints it without the name. */
    static String version() {
        String[] declared = Main.class.getAnnotation(CommandLine.Command.class).version();
        String version = declared.length > 0 ? declared[0].replaceFirst("^faqsite\\s+", "") : "";
        return version.isBlank() ? Optional.ofNullable(Main.class.getPackage().getImplementationVersion()).orElse("unknown") : version;
    }

    private static int summarise(BuildResult result, Path out, PrintStream stdout, PrintStream stderr) {
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

    /** The request of a command line's options, checked before anything is built. */
    static Request request(CommandLine commandLine, BuildOptions options, String command, ReportOptions reports, boolean timings) {
        return new Request(options, command, reports.terminal(commandLine), reports.files(commandLine),
                Optional.ofNullable(reports.repoRoot), timings);
    }
}
