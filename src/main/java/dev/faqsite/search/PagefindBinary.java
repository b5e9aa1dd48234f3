package dev.faqsite.search;

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

/**
 * Where Pagefind is: {@value #VARIABLE} if set, else npm's {@code node_modules} ({@code npm ci} installs the version
 * pinned in {@code package-lock.json}) in the site's folder, the working folder, the folder of faqsite's jar, or any
 * folder above them. Its native binary is run directly, so a build needs no Node.js once it is installed.
 */
public final class PagefindBinary {

    /** Where the index is written, under the site's root; templates load {@code /pagefind/pagefind.js}. */
    public static final String OUTPUT = "pagefind";
    /** Names a Pagefind binary to use instead of looking for one under {@code node_modules}. */
    public static final String VARIABLE = "FAQSITE_PAGEFIND";

    private PagefindBinary() {
    }

    /** The Pagefind binary a build of the site in {@code siteRoot} runs. */
    public static Optional<Path> find(Path siteRoot, Map<String, String> environment) {
        String configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path folder : searchFolders(siteRoot)) {
            Optional<Path> found = inNodeModules(folder.resolve("node_modules"));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
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
            Path code = Path.of(PagefindBinary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
}
