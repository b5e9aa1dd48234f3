package dev.faqsite.external;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CheckLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --external} against real HTTP servers on loopback, one per way a site answers. */
class ExternalLinkCheckerIT {

    @TempDir
    Path tmp;
    private LinkServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LinkServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ExternalSettings settings(Duration ttl) {
        return new ExternalSettings(tmp.resolve("cache.json"), ttl, 8, 2, Duration.ofMillis(700), 2, Duration.ofMillis(50),
                Duration.ofSeconds(5), 5);
    }

    private List<String> check(ExternalSettings settings, Clock clock, String... urls) throws Exception {
        Map<String, SourceRef> links = new LinkedHashMap<>();
        for (int i = 0; i < urls.length; i++) {
            links.put(urls[i], new SourceRef("content/faq/a/links.md", i + 1, 1));
        }
        ExternalLinkChecker checker = new ExternalLinkChecker(settings, "external-link", CheckLevel.WARNING, clock, d -> Thread.sleep(d.toMillis()));
        return checker.check(links, Map.of()).problems().stream().map(Problem::format).collect(Collectors.toList());
    }

    private List<String> check(String... urls) throws Exception {
        return check(settings(Duration.ofHours(24)), Clock.systemUTC(), urls);
    }

    @Test
    void goodLinksAndTemporaryRedirectsAreNotFindings() throws Exception {
        assertEquals(List.of(), check(server.url("/ok"), server.url("/temporary")));
    }

    @Test
    void aPermanentRedirectIsFollowedAndReportedWithItsNewAddress() throws Exception {
        assertEquals(List.of("content/faq/a/links.md:1:1: warning: external link moved permanently: " + server.url("/moved")
                + " -> " + server.url("/new-home") + " [external-link] (link to the new address)"), check(server.url("/moved")));
        assertEquals(1, server.hits("/new-home"), "the redirect is followed to see that its target answers");
    }

    @Test
    void notFoundAndGoneAreBrokenLinksAtTheirSourceLine() throws Exception {
        List<String> found = check(server.url("/missing"), server.url("/gone"));
        assertEquals(List.of(
                "content/faq/a/links.md:1:1: warning: external link is broken: " + server.url("/missing")
                        + " answers HTTP 404 [external-link] (the page is gone: link to its new place, or remove the link)",
                "content/faq/a/links.md:2:1: warning: external link is broken: " + server.url("/gone")
                        + " answers HTTP 410 [external-link] (the page is gone: link to its new place, or remove the link)"), found);
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() throws Exception {
        assertEquals(List.of(), check(server.url("/rate-limited")));
        List<Long> at = server.rateLimitedAt();
        assertEquals(2, at.size());
        assertTrue(at.get(1) - at.get(0) >= Duration.ofMillis(950).toNanos(), "waited for Retry-After: 1");
    }

    @Test
    void a503IsRetriedWithBackoffAndAPersistentOneIsReported() throws Exception {
        assertEquals(List.of("content/faq/a/links.md:2:1: warning: external link is broken: " + server.url("/down")
                + " answers HTTP 503 after 3 tries [external-link] (check the link in a browser; if it works there, the server refuses robots)"),
                check(server.url("/flaky"), server.url("/down")));
        assertEquals(2, server.hits("/flaky"));
        assertEquals(3, server.hits("/down"), "the first try and two retries");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeout() throws Exception {
        assertEquals(List.of("content/faq/a/links.md:1:1: warning: external link timed out: " + server.url("/slow")
                + ", no answer within 700 ms [external-link] (check it in a browser; a slow server is worth a note, a dead one a new link)"),
                check(server.url("/slow")));
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/";
        assertEquals(List.of("content/faq/a/links.md:1:1: warning: external link unreachable: " + url
                + ", connection refused [external-link] (check the host name; the site may be gone)"), check(url));
    }

    @Test
    void mailtoLinksAreCheckedForTheirFormOnly() throws Exception {
        assertEquals(List.of("content/faq/a/links.md:2:1: warning: malformed e-mail link mailto:support-at-example.test [external-link] "
                        + "(write mailto:name@example.com; several addresses are separated by commas)"),
                check("mailto:support@example.test?subject=API%20key", "mailto:support-at-example.test", "mailto:a@example.test,b@example.test"));
        assertEquals(0, server.totalHits());
    }

    @Test
    void aRerunWithinTheTimeToLiveFetchesNothingAndAfterItFetchesAgain() throws Exception {
        Instant start = Instant.parse("2026-11-28T08:00:00Z");
        ExternalSettings settings = settings(Duration.ofHours(1));
        check(settings, Clock.fixed(start, ZoneOffset.UTC), server.url("/ok"), server.url("/moved"), server.url("/missing"));
        assertEquals(1, server.hits("/ok"));
        List<String> again = check(settings, Clock.fixed(start.plusSeconds(1800), ZoneOffset.UTC),
                server.url("/ok"), server.url("/moved"), server.url("/missing"));
        assertEquals(1, server.hits("/ok"), "a good answer is reused within the time-to-live");
        assertEquals(1, server.hits("/moved"));
        assertEquals(2, server.hits("/missing"), "a failure is never cached");
        assertTrue(again.get(0).contains("moved permanently"), "a cached redirect is still reported: " + again);
        check(settings, Clock.fixed(start.plusSeconds(3601), ZoneOffset.UTC), server.url("/ok"));
        assertEquals(2, server.hits("/ok"), "after the time-to-live the link is fetched again");
    }

    @Test
    void noMoreThanThePerHostLimitRunAtOnceAgainstOneHost() throws Exception {
        String[] urls = new String[10];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = server.url("/busy/" + i);
        }
        assertEquals(List.of(), check(urls));
        assertEquals(10, server.totalHits());
        assertEquals(2, server.mostInFlight(), "8 threads, but 2 per host");
    }
}
