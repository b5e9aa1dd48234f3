package dev.faqsite.build;

import dev.faqsite.render.Publishing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Swaps a freshly built site in for the published one with two renames in the same folder, so that readers of the
 * output folder see the old site or the new one, never a half-written mix. The replaced site is left beside it under
 * a dot-name and deleted by the next build, on a thread of its own beside that build's work: deleting 30,000 files
 * of a 10,000-page site takes seconds of waiting for the disk and almost no CPU, which a build in progress hides.
 */
final class Publisher {

    private static final String REPLACED = ".replaced-";

    private Publisher() {
    }

    /**
     * Starts deleting the sites earlier builds replaced ({@link #replace}), and the remains of any such deletion that
     * was cut short.
     *
     * @return completes when they are gone (or could not be deleted: they are only disk space)
     */
    static CompletableFuture<Void> clearReplaced(Path out) {
        Path folder = out.toAbsolutePath().normalize().getParent();
        String prefix = "." + out.getFileName() + REPLACED;
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try (Stream<Path> siblings = Files.list(folder)) {
                siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList().forEach(Publisher::deleteQuietly);
            } catch (IOException | UncheckedIOException ignored) {
                // nothing to clear, or not now
            } finally {
                done.complete(null);
            }
        }, "delete-replaced-site");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    static void replace(Path out, Path staged) throws IOException {
        Path old = out.resolveSibling("." + out.getFileName() + REPLACED + ProcessHandle.current().pid() + "-" + System.nanoTime());
        boolean hadOld = Files.exists(out);
        if (hadOld) {
            move(out, old);
        }
        try {
            move(staged, out);
        } catch (IOException e) {
            if (hadOld) {
                move(old, out); // put the previous site back
            }
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path root) {
        try {
            Publishing.deleteTree(root);
        } catch (IOException ignored) {
            // a leftover scratch folder is harmless and is named so that it is recognisable
        }
    }
}
