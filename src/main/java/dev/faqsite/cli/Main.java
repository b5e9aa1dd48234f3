package dev.faqsite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code faqsite} command. */
@Command(name = "faqsite", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class, scope = CommandLine.ScopeType.INHERIT,
        description = "Builds and serves an API FAQ site.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class, RatingsCommand.class, KeyCheckCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code instead of exiting, for tests. */
    public static int run(String... args) {
        Logging.quiet();
        return commandLine(new Main()).execute(args);
    }

    /** A command line for {@code command} with the exit codes and the one top-level catch of every command. */
    static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // the one top-level catch: anything unexpected is a bug or an environment problem, reported in one line
            cmd.getErr().println("faqsite: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
