package dev.faqsite.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code faqsite serve} as a process of its own, on this JVM's class path, for what only a real process shows: a kill,
 * a signal, an exit code. Its output is kept line by line.
 */
public final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final Thread reader;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<URI> serving = new CompletableFuture<>();

    private ServeProcess(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        reader = new Thread(this::read, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Builds {@code source} into {@code out} and serves it on a free port; returns once it serves. */
    public static ServeProcess start(Path source, Path out, String... options) throws Exception {
        return start(List.of(), source, out, options);
    }

    /** @param jvm options of the server's JVM, e.g. {@code -Xmx256m} for a benchmark */
    public static ServeProcess start(List<String> jvm, Path source, Path out, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.faqsite.cli.Main", "serve", "--source",
                source.toString(), "--out", out.toString(), "--port", "0"));
        command.addAll(List.of(options));
        ServeProcess server = new ServeProcess(command);
        server.serving.get(120, TimeUnit.SECONDS);
        return server;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.add(line);
                if (line.startsWith("Serving ")) {
                    serving.complete(URI.create(line.split(" ")[1]));
                }
            }
            serving.completeExceptionally(new AssertionError("the server exited without serving:\n" + String.join("\n", output)));
        } catch (IOException e) {
            serving.completeExceptionally(e);
        }
    }

    public URI uri() {
        return serving.join();
    }

    /** SIGTERM, as a service manager stops a server; the output stays readable (Process.destroy would close it). */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** SIGKILL: no shutdown code runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Waits for the process to end and for its output to be read; its exit code. */
    public int exitCode(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit within " + seconds + " s:\n" + String.join("\n", output));
        }
        reader.join(10_000);
        return process.exitValue();
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
