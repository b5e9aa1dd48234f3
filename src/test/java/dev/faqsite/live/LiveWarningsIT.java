package dev.faqsite.live;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.cli.WatchServer;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve --watch} prints a build's warnings on the console, at the start and after each rebuild, as a build does. */
class LiveWarningsIT {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void warningsOfTheFirstBuildAndOfEachRebuildReachTheConsole() throws Exception {
        Path source = Sites.copy(Sites.fixture("small"), folder.resolve("src"));
        Path first = source.resolve("content/faq/alpha/first.md");
        Path second = source.resolve("content/faq/alpha/second.md");
        edit(first, "order: 1\n", "order: 1\nsumary: \"A misspelt key\"\n");
        try (WatchServer server = WatchServer.start(new BuildOptions(source, folder.resolve("out"), false), "127.0.0.1", 0,
                List.of(), console(out), console(err))) {
            assertTrue(text(out).contains("Built "), text(out));
            assertEquals(1, count(text(err), "warning: unknown key 'sumary'"), text(err));
            assertTrue(text(err).contains("first.md:4:1: warning: unknown key 'sumary'"), text(err));

            edit(second, "title:", "tagz: [a]\ntitle:");
            await(() -> count(text(out), "Rebuilt ") == 1, "the first rebuild: " + text(out));
            assertTrue(text(err).contains("second.md:2:1: warning: unknown key 'tagz'"), text(err));

            edit(first, "sumary: \"A misspelt key\"\n", "");
            int before = text(err).length();
            await(() -> count(text(out), "Rebuilt ") == 2, "the second rebuild: " + text(out));
            String since = text(err).substring(before);
            assertFalse(since.contains("sumary"), "a fixed warning is not said again: " + since);
            assertTrue(since.contains("warning: unknown key 'tagz'"), "one still there is: " + since);
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String before = Files.readString(file);
        assertTrue(before.contains(from), file + " holds " + from);
        Files.writeString(file, before.replace(from, to));
    }

    private static PrintStream console(ByteArrayOutputStream into) {
        return new PrintStream(into, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream printed) {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(50);
        }
    }
}
