package dev.faqsite.testing;

import dev.faqsite.server.SiteServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site built once per test class and served by a real server on a free loopback port:
 * {@code @RegisterExtension static final ServedSite site = ServedSite.shipped();}
 */
public final class ServedSite implements BeforeAllCallback, AfterAllCallback {

    private final BuiltSite built;
    private SiteServer server;

    private ServedSite(BuiltSite built) {
        this.built = built;
    }

    /** A fixture site under {@code src/test/resources/sites/}. */
    public static ServedSite fixture(String name) {
        return new ServedSite(BuiltSite.fixture(name));
    }

    /** The repository's own site. */
    public static ServedSite shipped() {
        return new ServedSite(BuiltSite.shipped());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        built.beforeAll(context);
        assertTrue(built.result().built(), "the site builds");
        server = SiteServer.start(built.out(), "127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
        built.afterAll(context);
    }

    public URI uri() {
        return server.uri();
    }

    /** The absolute URL of a site path such as {@code /faq/}. */
    public String url(String path) {
        return server.uri().resolve(path).toString();
    }
}
