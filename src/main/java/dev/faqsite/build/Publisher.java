package dev.faqsite.build;

import dev.faqsite.render.Publishing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Swaps a freshly built site in for the published one with two renames in the same folder, so that readers of the
 * output folder see the old site or the new one, never a half-written mix.
 */
final class Publisher {

    private Publisher() {
    }

    static void replace(Path out, Path staged) throws IOException {
        Path old = out.resolveSibling("." + out.getFileName() + ".old-" + ProcessHandle.current().pid());
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
        if (hadOld) {
            deleteQuietly(old);
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
