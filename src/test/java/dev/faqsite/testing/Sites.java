package dev.faqsite.testing;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.BuildResult;
import dev.faqsite.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Fixture sites of the tests: the ones under {@code src/test/resources/sites/}, and the repository's own. */
public final class Sites {

    private Sites() {
    }

    /** A fixture site folder such as {@code small} or {@code invalid/missing-title}. */
    public static Path fixture(String name) {
        URL url = Sites.class.getResource("/sites/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture site " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's root: the shipped site. */
    /** Deletes a folder and everything in it, deepest first (a test's scratch site). */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    public static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("site.yml"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("run the tests from the repository");
        }
        return here;
    }

    public static BuildResult build(Path source, Path out) throws Exception {
        return SiteBuilder.build(new BuildOptions(source, out, false));
    }

    /** The built page at a site path such as {@code /faq/general/what/}. */
    public static Document page(Path out, String sitePath) {
        Path file = out.resolve(sitePath.substring(1) + (sitePath.endsWith("/") ? "index.html" : ""));
        try {
            return Jsoup.parse(Files.readString(file), "https://example.test" + sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of a build, formatted and in order, one per line. */
    public static String problems(BuildResult result) {
        return result.problems().sorted().stream().map(p -> p.format()).collect(Collectors.joining("\n"));
    }

    /** Copies a fixture into a writable folder, for tests that change it. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
