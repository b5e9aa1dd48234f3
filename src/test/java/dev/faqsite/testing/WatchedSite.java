package dev.faqsite.testing;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.cli.WatchServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A writable copy of a fixture site served by {@code serve --watch} on a free loopback port, for each test, for the
 * browser to watch while the test edits its sources:
 * {@code @RegisterExtension final WatchedSite site = WatchedSite.of("small");}
 */
public final class WatchedSite implements BeforeEachCallback, AfterEachCallback {

    private final String fixture;
    private final String extraConfig;
    private Path folder;
    private WatchServer server;

    private WatchedSite(String fixture, String extraConfig) {
        this.fixture = fixture;
        this.extraConfig = extraConfig;
    }

    public static WatchedSite of(String fixture) {
        return new WatchedSite(fixture, "");
    }

    /** The fixture with lines added to its {@code site.yml}, e.g. {@code "search:\n  enabled: true\n"}. */
    public WatchedSite withConfig(String lines) {
        return new WatchedSite(fixture, extraConfig + lines);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "watched-site-");
        Sites.copy(Sites.fixture(fixture), source());
        Path config = source().resolve("site.yml");
        Files.writeString(config, Files.readString(config) + extraConfig);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        server = WatchServer.start(new BuildOptions(source(), folder.resolve("out"), false), "127.0.0.1", 0, List.of(), quiet, quiet);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            server.close();
        } finally {
            Sites.delete(folder);
        }
    }

    /** The site's sources, to edit. */
    public Path source() {
        return folder.resolve("src");
    }

    public URI uri() {
        return server.uri();
    }
}
