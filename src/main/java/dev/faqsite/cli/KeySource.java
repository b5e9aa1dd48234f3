package dev.faqsite.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code faqsite keycheck} gets the key: the environment variable {@value #VARIABLE}, or standard input — typed
 * without echo at a terminal, or piped. Never the command line, which shells keep in their history and every user
 * of the machine can read in the process list.
 */
final class KeySource {

    static final String VARIABLE = "FAQSITE_API_KEY";
    /** More than any key: a pipe that sends more is not sending a key. */
    private static final int MAX_INPUT = 4096;

    /** The key as given, and how it was given, for messages. */
    record Given(String text, String from) {
        @Override
        public String toString() {
            return "Given[from=" + from + "]";
        }
    }

    private final Map<String, String> environment;
    private final InputStream stdin;
    private final Optional<Console> console;

    KeySource(Map<String, String> environment, InputStream stdin, Optional<Console> console) {
        this.environment = environment;
        this.stdin = stdin;
        this.console = console;
    }

    /** @return empty when there is no key anywhere */
    Optional<Given> read() throws IOException {
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(new Given(fromEnvironment, VARIABLE));
        }
        if (console.isPresent()) {
            char[] typed = console.get().readPassword("API key (not shown): ");
            return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new Given(new String(typed), "the terminal"));
        }
        byte[] bytes = stdin.readNBytes(MAX_INPUT + 1);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // a piped key ends with the newline of echo or of a file; one is expected, not worth a warning
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(new Given(text, "standard input"));
    }
}
