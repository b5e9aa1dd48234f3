package dev.faqsite.testing;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.LiveSite;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A writable copy of a fixture site, published and kept live for each test, as {@code serve --watch} keeps it:
 * {@code @RegisterExtension final LivePreview preview = LivePreview.of("small");}
 */
public final class LivePreview implements BeforeEachCallback, AfterEachCallback {

    private final String fixture;
    private Path folder;
    private LiveSite live;

    private LivePreview(String fixture) {
        this.fixture = fixture;
    }

    public static LivePreview of(String fixture) {
        return new LivePreview(fixture);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "live-site-");
        Sites.copy(Sites.fixture(fixture), source());
        live = LiveSite.start(new BuildOptions(source(), out(), false));
        assertTrue(live.failing().isEmpty(), live.failing().toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        live.close();
        Sites.delete(folder);
    }

    /** The site's sources, to edit. */
    public Path source() {
        return folder.resolve("src");
    }

    /** The published site. */
    public Path out() {
        return folder.resolve("out");
    }

    public LiveSite live() {
        return live;
    }
}
