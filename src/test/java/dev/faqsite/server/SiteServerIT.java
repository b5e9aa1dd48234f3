package dev.faqsite.server;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The static site served by a real Jetty on a free loopback port. */
class SiteServerIT {

    @TempDir
    static Path tmp;
    static SiteServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        Path out = tmp.resolve("site");
        Sites.build(Sites.fixture("small"), out);
        server = SiteServer.start(out, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPagesAtTheirPrettyUrls() throws Exception {
        HttpResponse<String> page = get("/faq/alpha/first/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>What is the first question?</h1>"));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void answersUnknownPathsWithTheSites404Page() throws Exception {
        HttpResponse<String> missing = get("/faq/nowhere/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
    }

    @Test
    void sendsSecurityHeadersWithEveryResponse() throws Exception {
        HttpResponse<String> page = get("/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void refusesMethodsOtherThanGetAndHeadOnPages() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.uri().resolve("/faq/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void letsBrowsersCacheFingerprintedAssets() throws Exception {
        HttpResponse<String> css = get("/assets/css/site.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }
}
