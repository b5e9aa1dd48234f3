package dev.faqsite.build;

import dev.faqsite.model.SourceDates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads when each file under {@code content/} last changed from git, with one {@code git log} for the whole site
 * (one process per page would cost more than the bake at a thousand pages). The log lists commits newest first, so
 * a file's first appearance is its last change. Outside a repository, or without git, there are simply no dates.
 */
final class GitHistory {

    // a record separator before each commit's date, which cannot start a file name
    private static final char COMMIT = '\u001e';
    private static final long TIMEOUT_SECONDS = 60;

    private GitHistory() {
    }

    static SourceDates of(Path siteRoot) {
        ProcessBuilder git = new ProcessBuilder("git", "-C", siteRoot.toAbsolutePath().normalize().toString(),
                "-c", "core.quotepath=off", "log", "--format=%x1e%cs", "--name-only", "--no-renames", "--relative",
                "--", "content")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = git.start();
            // the log is read to its end first (a full pipe would stall git); the wait then only reaps the process
            Map<String, LocalDate> dates = read(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return SourceDates.NONE;
            }
            return process.exitValue() == 0 ? new SourceDates(dates) : SourceDates.NONE;
        } catch (IOException e) {
            return SourceDates.NONE; // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SourceDates.NONE;
        }
    }

    static Map<String, LocalDate> read(BufferedReader log) throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        LocalDate commit = null;
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            if (!line.isEmpty() && line.charAt(0) == COMMIT) {
                commit = parse(line.substring(1).strip());
            } else if (!line.isBlank() && commit != null) {
                dates.putIfAbsent(line, commit);
            }
        }
        return dates;
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
