package dev.faqsite.cli;

import dev.faqsite.content.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code faqsite new question|category}: scaffold content with front matter and the next free order. */
@Command(name = "new", description = "Create a question or a category with its front matter.", mixinStandardHelpOptions = true,
        subcommands = {NewCommand.Question.class, NewCommand.Category.class})
final class NewCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("faqsite new question --category <id> \"Title?\"  |  faqsite new category <id> \"Label\"");
    }

    @Command(name = "question", description = "Create content/faq/<category>/<slug>.md after the category's last question.",
            mixinStandardHelpOptions = true)
    static final class Question implements Callable<Integer> {
        @Option(names = "--source", paramLabel = "DIR", description = "Site folder (default: ${DEFAULT-VALUE}).")
        Path source = Path.of(".");

        @Option(names = "--category", required = true, description = "The category's folder name, e.g. general.")
        String category;

        @Parameters(paramLabel = "TITLE", description = "The question, e.g. \"How do I rotate a key?\"")
        String title;

        @Override
        public Integer call() {
            return create(() -> Scaffold.question(source, category, title, LocalDate.now()));
        }
    }

    @Command(name = "category", description = "Create content/faq/<id>/_category.yml after the last category.",
            mixinStandardHelpOptions = true)
    static final class Category implements Callable<Integer> {
        @Option(names = "--source", paramLabel = "DIR", description = "Site folder (default: ${DEFAULT-VALUE}).")
        Path source = Path.of(".");

        @Parameters(index = "0", paramLabel = "ID", description = "Folder name and URL segment, e.g. webhooks.")
        String id;

        @Parameters(index = "1", paramLabel = "LABEL", description = "The name readers see, e.g. \"Webhooks\".")
        String label;

        @Override
        public Integer call() {
            return create(() -> Scaffold.category(source, id, label));
        }
    }

    private interface Creation {
        Path create() throws IOException;
    }

    private static int create(Creation creation) {
        try {
            System.out.println("Created " + creation.create());
            return ExitCode.OK;
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            System.err.println("faqsite: " + e.getFile() + ": " + e.getReason());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("faqsite: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }
}
