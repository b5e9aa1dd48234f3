package dev.faqsite.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key checker's paths, its tool page and its default probe are written once, in model.KeyCheckConfig: a second
 * spelling in the code would drift from the first. (Comments may name them; code may not.)
 */
class KeyCheckPathsTest {

    private static final List<String> ONCE = List.of("\"/tools/key-check/\"", "\"/tools/\"", "\"/api/key-check\"",
            "\"/api/demo/keys\"", "filter_exchange_id=BINANCE", "\"X-CoinAPI-Key\"");
    private static final Path HOME = Path.of("src/main/java/dev/faqsite/model/KeyCheckConfig.java");

    @Test
    void theCheckersPathsAndDefaultProbeAreWrittenOnlyInKeyCheckConfig() throws IOException {
        List<String> elsewhere = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(HOME)).sorted().toList()) {
                String code = LayeringTest.codeWithStrings(Files.readString(file));
                ONCE.stream().filter(code::contains).forEach(literal -> elsewhere.add(file + ": " + literal));
            }
        }
        assertEquals(List.of(), elsewhere);
        String home = Files.readString(HOME);
        ONCE.forEach(literal -> assertTrue(home.contains(literal), literal + " is in " + HOME));
    }
}
