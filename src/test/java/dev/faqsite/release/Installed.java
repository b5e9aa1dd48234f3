package dev.faqsite.release;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * An unpacked release run as a user would: {@code bin/faqsite} in a folder, with an environment of its own whose PATH
 * holds only the few commands a shell script needs (plus whatever a test adds, such as java for the portable zip).
 */
final class Installed {

    /** What bin/faqsite itself calls; nothing of Java, Maven or Node. */
    private static final List<String> SHELL_TOOLS = List.of("bash", "sh", "dirname", "readlink", "cksum", "cut", "mkdir",
            "mv", "rm", "cat", "env", "awk");

    private final Path home;
    private final Path bin;
    private final Path userHome;

    private Installed(Path home, Path bin, Path userHome) {
        this.home = home;
        this.bin = bin;
        this.userHome = userHome;
    }

    /** @param extraCommands commands to put on the PATH besides the shell tools, by name → real file */
    static Installed at(Path home, Path scratch, Map<String, Path> extraCommands) throws IOException {
        Path bin = pathFolder(scratch, List.of(), extraCommands);
        return new Installed(home, bin, Files.createDirectories(scratch.resolve("user-home")));
    }

    /** A folder for PATH with the shell tools, the system commands named, and the extra commands; never mvn or node. */
    static Path pathFolder(Path scratch, List<String> systemCommands, Map<String, Path> extraCommands) throws IOException {
        Path bin = Files.createDirectories(scratch.resolve("path-bin"));
        for (String tool : java.util.stream.Stream.concat(SHELL_TOOLS.stream(), systemCommands.stream()).toList()) {
            Path real = Files.exists(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), real.toRealPath());
        }
        for (Map.Entry<String, Path> command : extraCommands.entrySet()) {
            Files.createSymbolicLink(bin.resolve(command.getKey()), command.getValue());
        }
        for (String absent : List.of("mvn", "node", "npm")) {
            assertFalse(Files.exists(bin.resolve(absent)), absent + " must not be on the test's PATH");
        }
        return bin;
    }

    boolean onPath(String command) {
        return Files.exists(bin.resolve(command));
    }

    /** Runs {@code bin/faqsite args} in {@code folder} and waits for it. */
    Result run(Path folder, String... args) throws IOException, InterruptedException {
        return run(folder, Map.of(), args);
    }

    /** Runs {@code bin/faqsite args} in {@code folder} with more environment variables, and waits for it. */
    Result run(Path folder, Map<String, String> moreEnv, String... args) throws IOException, InterruptedException {
        Process process = start(folder, false, moreEnv, args);
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("faqsite " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), out, err.join());
    }

    /** Starts {@code bin/faqsite serve --port 0} in {@code folder} and returns the server once it says where it is. */
    Server serve(Path folder) throws Exception {
        Process process = start(folder, true, Map.of(), "serve", "--port", "0");
        process.getOutputStream().close();
        CompletableFuture<URI> serving = new CompletableFuture<>();
        StringBuilder said = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (said) {
                        said.append(line).append('\n');
                    }
                    if (line.startsWith("Serving ")) {
                        serving.complete(URI.create(line.split(" ")[1]));
                    }
                }
                serving.completeExceptionally(new AssertionError("the server exited without serving:\n" + said));
            } catch (IOException e) {
                serving.completeExceptionally(e);
            }
        }, "installed-server-output");
        reader.setDaemon(true);
        reader.start();
        return new Server(process, serving.get(3, TimeUnit.MINUTES));
    }

    private Process start(Path folder, boolean merged, Map<String, String> moreEnv, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/faqsite").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", bin.toString());
        env.put("HOME", userHome.toString());
        env.put("LANG", "C.UTF-8");
        env.putAll(moreEnv);
        return builder.redirectErrorStream(merged).start();
    }

    static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** A running {@code faqsite serve}, stopped with its JVM when closed. */
    record Server(Process process, URI uri) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
