package dev.faqsite.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Packages depend one way (see README "Architecture"): each may import only those listed for it, and only the
 * packages named here may import JBake, Freemarker, flexmark or Jsoup.
 */
class LayeringTest {

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diag", Set.of()),
            Map.entry("model", Set.of("diag")),
            Map.entry("content", Set.of("diag", "model")),
            Map.entry("markdown", Set.of("diag", "model")),
            Map.entry("render", Set.of("diag", "model", "content", "markdown")),
            Map.entry("check", Set.of("diag", "model", "content", "markdown", "render")),
            Map.entry("build", Set.of("diag", "model", "content", "markdown", "render", "check", "external")),
            // check --external: the only package that goes online, and only when asked
            Map.entry("external", Set.of("diag", "model")),
            // the report formats (text, JSON, GitHub, SARIF, JUnit) over diag.Problem, for the CLI
            Map.entry("report", Set.of("diag", "model")),
            Map.entry("propagation", Set.of("diag", "model")),
            // the simulated regions of demo mode: a Jetty server, kept out of propagation's server-free domain
            Map.entry("simulator", Set.of("diag", "model")),
            Map.entry("ratings", Set.of("diag", "model")),
            Map.entry("server", Set.of("diag", "model", "propagation", "simulator", "ratings", "build")),
            Map.entry("cli", Set.of("diag", "model", "content", "build", "server", "propagation", "simulator", "ratings", "check", "report", "external")));

    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.jbake", Set.of("render"),
            "freemarker", Set.of("render"),
            "com.vladsch", Set.of("markdown"),
            "org.fife", Set.of("markdown"),
            "org.jsoup", Set.of("check", "render"),
            "org.eclipse.jetty", Set.of("server", "simulator"));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyThePackagesBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/dev/faqsite");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file).getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (imported.startsWith("dev.faqsite.")) {
                        String target = imported.split("\\.")[2];
                        if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
                            violations.add(file + " imports " + imported);
                        }
                    }
                    LIBRARIES.forEach((prefix, owners) -> {
                        if (imported.startsWith(prefix + ".") && !owners.contains(pkg)) {
                            violations.add(file + " imports " + imported);
                        }
                    });
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
