package dev.faqsite.cli;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.LiveSite;
import dev.faqsite.build.SourceWatcher;
import dev.faqsite.diag.Problem;
import dev.faqsite.server.LiveReload;
import dev.faqsite.server.Mount;
import dev.faqsite.server.SiteServer;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code serve --watch} wired together: the live site, the server with live reload, the watcher that feeds one to the
 * other. Reports each rebuild on the console.
 */
public final class WatchServer implements AutoCloseable {

    private final LiveSite live;
    private final SiteServer server;
    private final SourceWatcher watcher;

    private WatchServer(LiveSite live, SiteServer server, SourceWatcher watcher) {
        this.live = live;
        this.server = server;
        this.watcher = watcher;
    }

    public static WatchServer start(BuildOptions options, String host, int port, List<Mount> mounts, PrintStream out,
                                    PrintStream err) throws Exception {
        LiveReload reload = new LiveReload();
        LiveSite live = LiveSite.start(options);
        try {
            if (live.failing().isEmpty()) {
                live.startWarnings().forEach(p -> err.println(p.format()));
                out.println("Built " + options.out());
            } else {
                live.failing().forEach(p -> err.println(p.format()));
                reload.failed(live.failing());
            }
            LiveSite.SearchRefresh first = live.refreshSearch(); // a failure is told; the preview serves on, search or not
            first.note().ifPresent(note -> err.println("faqsite: " + note));
            reload.searchIndexed(first.generation());
            Files.createDirectories(options.out());
            SiteServer server = SiteServer.start(options.out(), host, port, mounts, reload);
            SourceWatcher watcher = SourceWatcher.start(options.source(), changed -> apply(live, reload, changed, out, err));
            out.println("Serving " + server.uri() + " and watching " + options.source().toAbsolutePath().normalize()
                    + " (Ctrl+C to stop)");
            return new WatchServer(live, server, watcher);
        } catch (Exception | Error e) {
            live.close();
            throw e;
        }
    }

    public URI uri() {
        return server.uri();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    private static void apply(LiveSite live, LiveReload reload, Set<Path> changed, PrintStream out, PrintStream err) {
        try {
            LiveSite.Change change = live.apply(changed);
            String took = String.format(Locale.ROOT, "%d ms", change.elapsed().toMillis());
            if (change.ok()) {
                // the warnings the rebuild met, as a build prints them: a preview is where an author sees them first
                change.problems().stream().map(Problem::format).forEach(err::println);
                out.println("Rebuilt " + change.rendered().size() + " pages"
                        + (change.removed().isEmpty() ? "" : ", removed " + change.removed().size()) + " in " + took);
                reload.reload(live.searchAwaited());
                refreshSearch(live, reload, out, err);
            } else {
                change.problems().stream().map(Problem::format).forEach(err::println);
                err.println("Build failed in " + took + "; still serving the last good site");
                reload.failed(change.problems());
            }
        } catch (Exception e) {
            err.println("faqsite: rebuild failed: " + e);
        }
    }

    /** After the reload, which does not wait for it: the open pages search again once the index has the edit. */
    private static void refreshSearch(LiveSite live, LiveReload reload, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        LiveSite.SearchRefresh refresh = live.refreshSearch();
        refresh.note().ifPresent(note -> err.println("faqsite: " + note));
        if (reload.searchIndexed(refresh.generation())) {
            out.println("Search index updated in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    @Override
    public void close() throws Exception {
        try {
            watcher.close();
            server.close();
        } finally {
            live.close();
        }
    }
}
