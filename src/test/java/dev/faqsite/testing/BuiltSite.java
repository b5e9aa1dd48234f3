package dev.faqsite.testing;

import dev.faqsite.build.BuildResult;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A site built once per test class into a folder of its own, deleted afterwards:
 * {@code @RegisterExtension static final BuiltSite site = BuiltSite.fixture("small");}
 */
public final class BuiltSite implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<Path> source;
    private Path folder;
    private Path out;
    private BuildResult result;

    private BuiltSite(Supplier<Path> source) {
        this.source = source;
    }

    /** A fixture site under {@code src/test/resources/sites/}. */
    public static BuiltSite fixture(String name) {
        return new BuiltSite(() -> Sites.fixture(name));
    }

    /** The repository's own site. */
    public static BuiltSite shipped() {
        return new BuiltSite(Sites::repository);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "built-site-");
        out = folder.resolve("site");
        result = Sites.build(source.get(), out);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Sites.delete(folder);
    }

    /** The built site's folder. */
    public Path out() {
        return out;
    }

    /** What the build reported. */
    public BuildResult result() {
        return result;
    }
}
