package dev.faqsite.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Packages depend one way, exactly as the table in docs/architecture.md says: each package uses exactly the packages
 * and ruled libraries of its row — by import or by fully-qualified name — and the table has no cycle. The test reads
 * the table from the document, so the document cannot drift from the code.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/faqsite");
    private static final Path DOCUMENT = Path.of("docs/architecture.md");
    private static final Pattern OWN = Pattern.compile("\\bdev\\.faqsite\\.(\\w+)\\.");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|[^|]*\\|([^|]*)\\|([^|]*)\\|\\s*$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([\\w.]+)`");

    /** What the document allows: per package, the packages and the ruled libraries it uses. */
    record Rules(Map<String, Set<String>> packages, Map<String, Set<String>> libraries) {

        Set<String> ruledLibraries() {
            Set<String> all = new TreeSet<>();
            libraries.values().forEach(all::addAll);
            return all;
        }
    }

    @Test
    void everyPackageUsesExactlyThePackagesAndLibrariesItsRowInTheArchitectureDocumentLists() throws IOException {
        Rules rules = rules(Files.readString(DOCUMENT));
        Map<String, Set<String>> usedPackages = new TreeMap<>();
        Map<String, Set<String>> usedLibraries = new TreeMap<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                seen.add(pkg);
                String code = code(Files.readString(file));
                usedPackages.computeIfAbsent(pkg, k -> new TreeSet<>()).addAll(packagesUsed(pkg, code));
                usedLibraries.computeIfAbsent(pkg, k -> new TreeSet<>()).addAll(librariesUsed(code, rules.ruledLibraries()));
            }
        }
        assertEquals(seen, rules.packages().keySet(), "every package has a row in " + DOCUMENT + ", and every row a package");
        assertEquals(rules.packages(), usedPackages, "packages used, per package (left: " + DOCUMENT + ", right: the code)");
        assertEquals(rules.libraries(), usedLibraries, "ruled libraries used, per package (left: " + DOCUMENT + ", right: the code)");
    }

    @Test
    void theAllowedEdgesRunOneWayWithoutACycle() throws IOException {
        Map<String, Set<String>> edges = rules(Files.readString(DOCUMENT)).packages();
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map.Entry<String, Set<String>> row : edges.entrySet()) {
                if (!placed.contains(row.getKey()) && placed.containsAll(row.getValue())) {
                    placed.add(row.getKey());
                    progress = true;
                }
            }
        }
        assertEquals(edges.keySet(), placed, "packages left over sit on a cycle");
    }

    @Test
    void aFullyQualifiedReferenceCountsAsAUseOfThatPackage() {
        String model = """
                package dev.faqsite.model;

                /** Mentions dev.faqsite.render.Views in a comment, which is not a use. */
                public record Leak(Class<?> server) {
                    static final Leak LEAK = new Leak(dev.faqsite.server.SiteServer.class);
                    static final String NAME = "dev.faqsite.cli.Main.";
                    static final java.sql.Connection NONE = null;
                }
                """;
        String code = code(model);
        assertEquals(Set.of("server"), packagesUsed("model", code));
        assertEquals(Set.of("java.sql"), librariesUsed(code, Set.of("java.sql", "org.jbake")));
    }

    @Test
    void aWildcardImportCountsAndTheOwnPackageDoesNot() {
        String code = code("package dev.faqsite.render;\nimport dev.faqsite.render.Views;\nimport dev.faqsite.model.*;\nimport org.jbake.model.*;\n");
        assertEquals(Set.of("model"), packagesUsed("render", code));
        assertEquals(Set.of("org.jbake"), librariesUsed(code, Set.of("org.jbake")));
    }

    @Test
    void theDocumentHasARowForEveryPackageItDescribes() throws IOException {
        Rules rules = rules(Files.readString(DOCUMENT));
        assertFalse(rules.packages().isEmpty(), DOCUMENT + " has no package table");
        assertEquals(Set.of("org.jbake", "freemarker"), rules.libraries().get("jbake"), "only jbake touches JBake and Freemarker");
    }

    static Rules rules(String document) {
        Map<String, Set<String>> packages = new TreeMap<>();
        Map<String, Set<String>> libraries = new TreeMap<>();
        Matcher row = ROW.matcher(document);
        while (row.find()) {
            packages.put(row.group(1), names(row.group(2)));
            libraries.put(row.group(1), names(row.group(3)));
        }
        return new Rules(packages, libraries);
    }

    private static Set<String> names(String cell) {
        Set<String> out = new TreeSet<>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            out.add(name.group(1));
        }
        return out;
    }

    /** The code without comments, string, text-block and char literals: a name in any of them is no use of a package. */
    static String code(String source) {
        return strip(source, false);
    }

    /** The code without comments, its literals kept. */
    static String codeWithStrings(String source) {
        return strip(source, true);
    }

    private static String strip(String source, boolean keepLiterals) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source, "\n", i + 2) - 1;
            } else if (source.startsWith("/*", i)) {
                i = end(source, "*/", i + 2);
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int start = i;
                i = end(source, "\"\"\"", i + 3);
                out.append(keepLiterals ? source.substring(start, i) : "\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                int start = i;
                char quote = source.charAt(i++);
                while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(keepLiterals ? source.substring(start, Math.min(i, source.length())) : "" + quote + quote);
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The index after the first {@code closing} from {@code from}, or the end of the text. */
    private static int end(String source, String closing, int from) {
        int at = source.indexOf(closing, from);
        return at < 0 ? source.length() : at + closing.length();
    }

    static Set<String> packagesUsed(String pkg, String code) {
        Set<String> used = new TreeSet<>();
        Matcher m = OWN.matcher(code);
        while (m.find()) {
            if (!m.group(1).equals(pkg)) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    static Set<String> librariesUsed(String code, Set<String> ruled) {
        Set<String> used = new TreeSet<>();
        for (String library : ruled) {
            if (Pattern.compile("(?<![\\w.])" + Pattern.quote(library) + "\\.").matcher(code).find()) {
                used.add(library);
            }
        }
        return used;
    }
}
