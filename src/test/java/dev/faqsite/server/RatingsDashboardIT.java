package dev.faqsite.server;

import dev.faqsite.model.FeedbackReason;
import dev.faqsite.model.RatingsConfig.Durability;
import dev.faqsite.limits.LocalRateLimits;
import dev.faqsite.ratings.Database;
import dev.faqsite.ratings.JdbcVoteStore;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.ratings.PageCatalog;
import dev.faqsite.ratings.Vote;
import dev.faqsite.ratings.VoteStore;
import dev.faqsite.testing.Sites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The authors' dashboard on a real server: the token, worst pages first, bars, escaped comments, the category filter. */
class RatingsDashboardIT {

    static final String TOKEN = "test-admin-token-0123456789";
    static final String HOSTILE = "<img src=x onerror=alert(1)> \"quoted\" & 'single'";

    @TempDir
    static Path tmp;
    static SiteServer server;
    static SiteServer withoutToken;
    static VoteStore store;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        Path out = tmp.resolve("site");
        Sites.build(Sites.fixture("small"), out);
        ManifestFile manifest = ManifestFile.in(out);
        PageCatalog catalog = manifest.catalog();
        store = JdbcVoteStore.open(Database.Sqlite.in(tmp.resolve("data"), Durability.NORMAL));
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        String first = catalog.page("/faq/alpha/first/").orElseThrow().contentVersion();
        String third = catalog.page("/faq/beta/third/").orElseThrow().contentVersion();
        store.record(new Vote("/faq/alpha/first/", first, "voter-aaaaaaaaaaaaaa", 5, Set.of(), "", t)).join();
        store.record(new Vote("/faq/alpha/first/", first, "voter-bbbbbbbbbbbbbb", 4, Set.of(), "Clear, thanks", t.plusSeconds(1))).join();
        store.record(new Vote("/faq/beta/third/", third, "voter-aaaaaaaaaaaaaa", 1, Set.of(FeedbackReason.CODE), HOSTILE, t.plusSeconds(2))).join();
        store.record(new Vote("/faq/beta/third/", "an-older-version", "voter-aaaaaaaaaaaaaa", 5, Set.of(), "", t.minusSeconds(99))).join();
        server = SiteServer.start(out, "127.0.0.1", 0, List.of(RatingsDashboard.mount(new RatingsDashboard(store, manifest, Optional.of(TOKEN), new LocalRateLimits(Clock.systemUTC()), false))));
        withoutToken = SiteServer.start(out, "127.0.0.1", 0, List.of(RatingsDashboard.mount(new RatingsDashboard(store, manifest, Optional.empty(), new LocalRateLimits(Clock.systemUTC()), false))));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        withoutToken.close();
        store.close();
    }

    static HttpResponse<String> get(SiteServer on, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(on.uri().resolve(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Document dashboard(String query) throws Exception {
        HttpResponse<String> response = get(server, "/admin/ratings/" + query, "Bearer " + TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    @Test
    void asksForTheTokenAndRefusesAWrongOne() throws Exception {
        HttpResponse<String> anonymous = get(server, "/admin/ratings/", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        assertFalse(anonymous.body().contains("Recent comments"));
        assertEquals(401, get(server, "/admin/ratings/", "Bearer wrong-token-0123456789").statusCode());
        assertEquals(401, get(server, "/admin/ratings/", "Bearer " + TOKEN.substring(1)).statusCode());
        String basic = Base64.getEncoder().encodeToString(("admin:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, get(server, "/admin/ratings/", "Basic " + basic).statusCode());
    }

    @Test
    void isOffWithoutAConfiguredTokenAndSaysHowToTurnItOn() throws Exception {
        HttpResponse<String> response = get(withoutToken, "/admin/ratings/", "Bearer ");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("FAQSITE_ADMIN_TOKEN"), response.body());
    }

    @Test
    void listsPagesWorstFirstWithABarPerPage() throws Exception {
        Document page = dashboard("");
        assertEquals(List.of("/faq/beta/third/", "/faq/alpha/first/", "/faq/alpha/second/", "/faq/beta/custom-slug/"),
                page.select("table.pages tbody th a").eachAttr("href"));
        assertEquals("votes per score, 1: 0, 2: 0, 3: 0, 4: 1, 5: 1", page.select(".bar").get(1).attr("aria-label"));
        assertEquals(List.of("seg s4 w50", "seg s5 w50"), page.select(".bar").get(1).select(".seg").eachAttr("class"));
        assertEquals("1.00", page.select("table.pages tbody tr").get(0).select("td").get(1).text());
        assertEquals("5.00 (1)", page.select("table.pages tbody tr").get(0).select("td").get(3).text());
        assertEquals("-4.00", page.select("table.pages tbody tr").get(0).select("td").get(4).text());
        assertEquals("A code sample does not work (1)", page.select("table.pages tbody tr").get(0).select("td").get(5).text());
    }

    @Test
    void showsRecentCommentsEscapedNewestFirst() throws Exception {
        HttpResponse<String> response = get(server, "/admin/ratings/", "Bearer " + TOKEN);
        assertFalse(response.body().contains("<img src=x"), "a comment must never become markup");
        assertTrue(response.body().contains("&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;"));
        Document page = Jsoup.parse(response.body());
        assertEquals(List.of(HOSTILE, "Clear, thanks"), page.select(".comments blockquote").eachText());
        assertTrue(page.select("img").isEmpty());
    }

    @Test
    void filtersPagesAndCommentsByCategory() throws Exception {
        Document alpha = dashboard("?category=alpha");
        assertEquals("Ratings: Alpha", alpha.select("h1").text());
        assertEquals(List.of("/faq/alpha/first/", "/faq/alpha/second/"), alpha.select("table.pages tbody th a").eachAttr("href"));
        assertEquals(List.of("Clear, thanks"), alpha.select(".comments blockquote").eachText());
        assertEquals("alpha", alpha.select("option[selected]").val());
        assertEquals(4, dashboard("?category=%3Cscript%3E").select("table.pages tbody tr").size());
    }

    @Test
    void servesItsStylesheetWithTheBarWidths() throws Exception {
        HttpResponse<String> css = get(server, "/admin/ratings/dashboard.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(".w50{width:50%}"));
        assertEquals(301, HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/admin/ratings")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
