package dev.faqsite.cli;

/** The command's exit codes, stable for CI scripts. */
final class ExitCode {
    static final int OK = 0;
    /** Content or template problems, or a finding of a check. */
    static final int CONTENT = 1;
    /** Bad usage, missing or invalid config, or an unexpected failure. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
