package dev.faqsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Builds the search index with Pagefind over a baked site: the index is split into small fragments so that a search
 * downloads only what it needs. Pagefind comes from npm ({@code npm ci} installs the version pinned in
 * {@code package-lock.json}); its native binary is run directly, so a build needs no Node.js once it is installed.
 */
public final class SearchIndexer {

    /** Where the index is written, under the site's root; templates load {@code /pagefind/pagefind.js}. */
    static final String OUTPUT = "pagefind";
    /** Names a Pagefind binary to use instead of looking for one under {@code node_modules}. */
    static final String BINARY_VARIABLE = "FAQSITE_PAGEFIND";

    private static final long TIMEOUT_MINUTES = 10;

    private final Path binary;

    private SearchIndexer(Path binary) {
        this.binary = binary;
    }

    /**
     * Finds Pagefind: {@value #BINARY_VARIABLE} if set, else {@code node_modules} in the site's folder, the working
     * folder, the folder of faqsite's jar, or any folder above them.
     */
    static Optional<SearchIndexer> locate(Path siteRoot, Map<String, String> environment) {
        String configured = environment.get(BINARY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(new SearchIndexer(path)) : Optional.empty();
        }
        for (Path folder : searchFolders(siteRoot)) {
            Optional<Path> found = inNodeModules(folder.resolve("node_modules"));
            if (found.isPresent()) {
                return Optional.of(new SearchIndexer(found.get()));
            }
        }
        return Optional.empty();
    }

    /** The Pagefind binary a build of the site in {@code siteRoot} would run, as {@link #locate} finds it. */
    public static Optional<Path> binaryFor(Path siteRoot, Map<String, String> environment) {
        return locate(siteRoot, environment).map(SearchIndexer::binary);
    }

    private static Set<Path> searchFolders(Path siteRoot) {
        Set<Path> folders = new LinkedHashSet<>();
        List<Path> starts = new ArrayList<>(List.of(siteRoot.toAbsolutePath().normalize(), Path.of("").toAbsolutePath()));
        jarFolder().ifPresent(starts::add);
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                folders.add(p);
            }
        }
        return folders;
    }

    private static Optional<Path> jarFolder() {
        try {
            Path code = Path.of(SearchIndexer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(code.toAbsolutePath().getParent());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The platform package's native binary (npm installs the one for this machine), else npm's launcher. */
    private static Optional<Path> inNodeModules(Path nodeModules) {
        Path platforms = nodeModules.resolve("@pagefind");
        if (Files.isDirectory(platforms)) {
            try (DirectoryStream<Path> each = Files.newDirectoryStream(platforms)) {
                for (Path platform : each) {
                    for (String name : List.of("pagefind_extended", "pagefind", "pagefind_extended.exe", "pagefind.exe")) {
                        Path candidate = platform.resolve("bin").resolve(name);
                        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                            return Optional.of(candidate);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path launcher = nodeModules.resolve(".bin").resolve("pagefind");
        return Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
    }

    Path binary() {
        return binary;
    }

    /**
     * Indexes the pages of {@code site} that mark their searchable part with {@code data-pagefind-body}.
     *
     * @return empty on success, else what Pagefind said
     */
    Optional<String> index(Path site) throws IOException {
        return start(site).join();
    }

    /**
     * Starts indexing and returns at once, so that the build can check the same pages meanwhile (Pagefind only reads
     * them, and leaves a core idle for much of its run). Pagefind's output goes to a file rather than a pipe: draining
     * a pipe would hold a thread of the pool the checks run on.
     *
     * @return completes with empty on success, else what Pagefind said
     */
    CompletableFuture<Optional<String>> start(Path site) throws IOException {
        Path log = Files.createTempFile("faqsite-pagefind-", ".log");
        Process process = new ProcessBuilder(binary.toString(), "--site", site.toString(), "--output-subdir", OUTPUT, "--quiet")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return process.onExit().orTimeout(TIMEOUT_MINUTES, TimeUnit.MINUTES).handle((exited, timedOut) -> {
            try {
                if (timedOut != null) {
                    process.destroyForcibly();
                    return Optional.of("Pagefind did not finish within " + TIMEOUT_MINUTES + " minutes");
                }
                String said = Files.readString(log).strip();
                return process.exitValue() == 0 ? Optional.<String>empty()
                        : Optional.of("Pagefind failed (exit " + process.exitValue() + ")" + (said.isEmpty() ? "" : ": " + lastLines(said)));
            } catch (IOException e) {
                return Optional.of("cannot read Pagefind's output: " + e.getMessage());
            } finally {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up anyway
                }
            }
        });
    }

    private static String lastLines(String text) {
        String[] lines = text.split("\n");
        return String.join(" / ", List.of(lines).subList(Math.max(0, lines.length - 3), lines.length)).strip();
    }
}
