package dev.faqsite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code faqsite ratings}: what readers said about the pages. */
@Command(name = "ratings", description = "Read the page ratings the server collected.", mixinStandardHelpOptions = true,
        subcommands = {RatingsReportCommand.class})
final class RatingsCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
