package dev.faqsite.build;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a site's sources — {@code site.yml}, {@code content/}, {@code templates/} — and hands over each burst of
 * changes as one batch, once the files have been quiet for a moment (an editor's save is often several events).
 * Editors' swap and backup files are ignored.
 */
public final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 40;

    private final Path root;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean running = true;

    private SourceWatcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        this.root.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String folder : new String[] {"content", "templates"}) {
            if (Files.isDirectory(this.root.resolve(folder))) {
                registerTree(this.root.resolve(folder));
            }
        }
        this.thread = new Thread(() -> loop(onChange), "faqsite-watch");
        thread.setDaemon(true);
    }

    public static SourceWatcher start(Path root, Consumer<Set<Path>> onChange) throws IOException {
        SourceWatcher watcher = new SourceWatcher(root, onChange);
        watcher.thread.start();
        return watcher;
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (running) {
                Set<Path> batch = new LinkedHashSet<>();
                WatchKey key = service.take();
                collect(key, batch);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, batch);
                }
                if (!batch.isEmpty()) {
                    onChange.accept(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(root.resolve("site.yml")); // events were lost: rebuild everything
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (ignored(name)) {
                continue;
            }
            boolean topLevel = dir.equals(root);
            if (topLevel && !name.equals("site.yml") && !name.equals("content") && !name.equals("templates")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    try (var files = Files.walk(path)) {
                        files.filter(Files::isRegularFile).forEach(batch::add);
                    }
                } catch (IOException e) {
                    batch.add(root.resolve("site.yml"));
                }
            }
            batch.add(path);
        }
        key.reset();
    }

    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        thread.interrupt();
    }
}
