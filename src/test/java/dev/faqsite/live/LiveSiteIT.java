package dev.faqsite.live;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.LiveSite;
import dev.faqsite.testing.Sites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incremental rebuilds of a live site: what each kind of change renders, removes and leaves alone. */
class LiveSiteIT {

    @TempDir
    Path tmp;
    Path source;
    Path out;
    LiveSite live;

    @BeforeEach
    void start() throws Exception {
        source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
        out = tmp.resolve("out");
        live = LiveSite.start(new BuildOptions(source, out, false));
        assertTrue(live.failing().isEmpty(), live.failing().toString());
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private Path md(String path) {
        return source.resolve("content/faq/" + path);
    }

    private void edit(String path, String from, String to) throws Exception {
        Files.writeString(md(path), Files.readString(md(path)).replace(from, to));
    }

    @Test
    void anEditedAnswerRendersOnlyItsOwnPageAndTheSiteWideLists() throws Exception {
        edit("alpha/second.md", "The second answer.", "The second answer, revised.");

        LiveSite.Change change = live.apply(List.of(md("alpha/second.md")));

        assertTrue(change.ok());
        assertEquals(Set.of("/faq/alpha/second/", "/", "/faq/", "/404.html"), change.rendered());
        assertTrue(Sites.page(out, "/faq/alpha/second/").select(".answer-body").text().contains("revised"));
    }

    @Test
    void anAddedEditedOrDeletedCategoryTextRendersItsCategoryPageAndNoAnswer() throws Exception {
        Path text = md("beta/_index.md");
        Files.writeString(text, "Pick the client for your language.\n");
        LiveSite.Change added = live.apply(List.of(text));
        assertTrue(added.ok(), added.problems().toString());
        assertEquals(Set.of("/faq/beta/", "/", "/faq/", "/404.html"), added.rendered());
        assertEquals("Pick the client for your language.", Sites.page(out, "/faq/beta/").selectFirst(".category-text").text());

        Files.writeString(text, "Pick the client.\n\n[Broken](nowhere.md)\n");
        LiveSite.Change broken = live.apply(List.of(text));
        assertFalse(broken.ok());
        assertTrue(broken.problems().get(0).format().startsWith("content/faq/beta/_index.md:3:1: error: link to a missing page"),
                broken.problems().toString());

        Files.delete(text);
        LiveSite.Change removed = live.apply(List.of(text));
        assertTrue(removed.ok(), removed.problems().toString());
        assertTrue(removed.rendered().contains("/faq/beta/"));
        assertEquals(null, Sites.page(out, "/faq/beta/").selectFirst(".category-text"));
    }

    @Test
    void aNewTitleRendersEverySidebarAndTheNeighboursLinks() throws Exception {
        edit("beta/third.md", "title=What is the third question?", "title=What is question three?");

        LiveSite.Change change = live.apply(List.of(md("beta/third.md")));

        assertTrue(change.ok());
        assertTrue(change.rendered().size() >= 9, change.rendered().toString());
        assertEquals("What is question three?", Sites.page(out, "/faq/alpha/second/").select(".pager-next .pager-title").text());
        assertTrue(Sites.page(out, "/faq/beta/custom-slug/").select(".sidebar").text().contains("What is question three?"));
    }

    @Test
    void aDeletedPageVanishesFromTheSiteTheSidebarsAndTheSitemap() throws Exception {
        Files.delete(md("alpha/second.md"));

        LiveSite.Change change = live.apply(List.of(md("alpha/second.md")));

        assertTrue(change.ok());
        assertEquals(Set.of("/faq/alpha/second/"), change.removed());
        assertFalse(Files.exists(out.resolve("faq/alpha/second/index.html")));
        assertTrue(Sites.page(out, "/faq/alpha/first/").select("a[href=/faq/alpha/second/]").isEmpty());
        assertEquals("/faq/beta/third/", Sites.page(out, "/faq/alpha/first/").select(".pager-next").attr("href"));
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("/faq/alpha/second/"));
    }

    @Test
    void aRenamedPageMovesToItsNewUrl() throws Exception {
        Files.move(md("alpha/second.md"), md("alpha/renamed.md"));

        LiveSite.Change change = live.apply(List.of(md("alpha/second.md"), md("alpha/renamed.md")));

        assertTrue(change.ok());
        assertFalse(Files.exists(out.resolve("faq/alpha/second")));
        assertEquals("What is the second question?", Sites.page(out, "/faq/alpha/renamed/").select("h1").text());
        assertEquals("/faq/alpha/renamed/", Sites.page(out, "/faq/alpha/first/").select(".pager-next").attr("href"));
    }

    @Test
    void aNewPageAppearsEverywhere() throws Exception {
        Sites.write(md("gamma/fifth.md"), "---\ntitle: \"What is the fifth question?\"\n---\nFifth.\n");

        assertTrue(live.apply(List.of(md("gamma/fifth.md"))).ok());

        assertEquals("What is the fifth question?", Sites.page(out, "/faq/gamma/fifth/").select("h1").text());
        assertEquals("/faq/gamma/fifth/", Sites.page(out, "/faq/beta/custom-slug/").select(".pager-next").attr("href"));
    }

    @Test
    void aChangedTemplateRendersEveryPage() throws Exception {
        Path template = source.resolve("templates/partials/footer.ftl");
        Sites.write(template, "<#ftl output_format=\"HTML\">\n<footer class=\"footer\"><p class=\"copyright\">Overridden footer</p></footer>\n");

        LiveSite.Change change = live.apply(List.of(template));

        assertTrue(change.ok());
        for (String page : List.of("/", "/faq/", "/faq/alpha/", "/faq/alpha/first/", "/faq/beta/custom-slug/")) {
            assertEquals("Overridden footer", Sites.page(out, page).select(".copyright").text(), page);
        }
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodSiteAndReportsWhereUntilFixed() throws Exception {
        String good = Files.readString(out.resolve("faq/alpha/second/index.html"));
        edit("alpha/second.md", "order: 2", "order: second");

        LiveSite.Change broken = live.apply(List.of(md("alpha/second.md")));

        assertFalse(broken.ok());
        assertEquals("content/faq/alpha/second.md:3:8: error: 'order' must be a whole number, got 'second' (write a number such as 3, without quotes)",
                broken.problems().get(0).format());
        assertEquals(good, Files.readString(out.resolve("faq/alpha/second/index.html")));
        assertEquals(broken.problems(), live.failing());

        edit("alpha/second.md", "order: second", "order: 2");
        LiveSite.Change fixed = live.apply(List.of(md("alpha/second.md")));

        assertTrue(fixed.ok());
        assertTrue(live.failing().isEmpty());
    }

    @Test
    void aConfigChangeRebuildsTheWholeSite() throws Exception {
        Path config = source.resolve("site.yml");
        Files.writeString(config, Files.readString(config).replace("Fixture Docs", "Renamed Docs"));

        assertTrue(live.apply(List.of(config)).ok());

        Document page = Sites.page(out, "/faq/beta/third/");
        assertEquals("What is the third question? | Renamed Docs", page.title());
    }
}
