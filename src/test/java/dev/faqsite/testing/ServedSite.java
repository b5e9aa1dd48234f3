package dev.faqsite.testing;

import dev.faqsite.server.SiteServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site built once per test class and served by a real server on a free loopback port:
 * {@code @RegisterExtension static final ServedSite site = ServedSite.shipped();}
 */
public final class ServedSite implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<Path> source;
    private Path folder;
    private SiteServer server;

    private ServedSite(Supplier<Path> source) {
        this.source = source;
    }

    /** The repository's own site. */
    public static ServedSite shipped() {
        return new ServedSite(Sites::repository);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "served-site-");
        Path out = folder.resolve("site");
        assertTrue(Sites.build(source.get(), out).built(), "the site builds");
        server = SiteServer.start(out, "127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    public URI uri() {
        return server.uri();
    }

    /** The absolute URL of a site path such as {@code /faq/}. */
    public String url(String path) {
        return server.uri().resolve(path).toString();
    }
}
