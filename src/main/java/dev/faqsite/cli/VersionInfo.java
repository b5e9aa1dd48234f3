package dev.faqsite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.search.PagefindBinary;
import dev.faqsite.init.Release;
import picocli.CommandLine.IVersionProvider;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code faqsite --version}: this release and its commit, the libraries that shape a site, the Pagefind it pins and the
 * one this machine would use, and the Java runtime. Every version comes from build metadata in the jar: Maven's
 * filtered {@code build.properties} and the {@code package-lock.json} the release was built with.
 */
final class VersionInfo implements IVersionProvider {

    private final Map<String, String> environment;

    VersionInfo() {
        this(System.getenv());
    }

    VersionInfo(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String[] getVersion() {
        Release release = Release.current();
        List<String> lines = new ArrayList<>();
        lines.add("faqsite " + release.version() + " (commit " + release.commit() + ")");
        lines.add("  " + String.join(", ", release.libraries().stream().map(Release.Library::toString).toList()));
        lines.add("  Pagefind " + pinnedPagefind() + " (pinned); " + pagefindInUse());
        lines.add("  Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ") in "
                + System.getProperty("java.home"));
        return lines.toArray(String[]::new);
    }

    /** The version of Pagefind in the lock file the jar was built with. */
    static String pinnedPagefind() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("/faqsite/package-lock.json")) {
            if (in == null) {
                return "unknown";
            }
            JsonNode version = new ObjectMapper().readTree(in).path("packages").path("node_modules/pagefind").path("version");
            return version.isTextual() ? version.asText() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The binary a build would run ({@code FAQSITE_PAGEFIND}, which the release's launchers set), asked for its version. */
    private String pagefindInUse() {
        // the binary a build here would run (FAQSITE_PAGEFIND, else npm's node_modules), else one on the PATH
        Optional<Path> binary = Optional.ofNullable(environment.get("FAQSITE_PAGEFIND")).filter(s -> !s.isBlank()).map(Path::of)
                .or(() -> PagefindBinary.find(Path.of("."), environment))
                .or(() -> onPath("pagefind"));
        if (binary.isEmpty()) {
            return "none found: search needs FAQSITE_PAGEFIND or pagefind on the PATH (or npm's node_modules)";
        }
        if (!Files.isExecutable(binary.get())) {
            return "FAQSITE_PAGEFIND names " + binary.get() + ", which is not an executable file";
        }
        return "using " + binary.get() + " (" + ask(binary.get()) + ")";
    }

    private Optional<Path> onPath(String command) {
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            for (String name : List.of(command, command + ".exe")) {
                Path candidate = folder.isEmpty() ? null : Path.of(folder, name);
                if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String ask(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(200);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "did not answer --version";
            }
            String said = new String(output, StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 && !said.isEmpty() ? said : "failed to run: exit " + process.exitValue();
        } catch (IOException e) {
            return "cannot run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
