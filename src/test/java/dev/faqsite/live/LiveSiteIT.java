package dev.faqsite.live;

import dev.faqsite.build.LiveSite;
import dev.faqsite.testing.LivePreview;
import dev.faqsite.testing.Sites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incremental rebuilds of a live site: what each kind of change renders, removes and leaves alone. */
class LiveSiteIT {

    @RegisterExtension
    final LivePreview preview = LivePreview.of("small");

    private Path md(String path) {
        return preview.source().resolve("content/faq/" + path);
    }

    private void edit(String path, String from, String to) throws Exception {
        Files.writeString(md(path), Files.readString(md(path)).replace(from, to));
    }

    @Test
    void anEditedAnswerRendersOnlyItsOwnPageAndTheSiteWideLists() throws Exception {
        edit("alpha/second.md", "The second answer.", "The second answer, revised.");

        LiveSite.Change change = preview.live().apply(List.of(md("alpha/second.md")));

        assertTrue(change.ok());
        assertEquals(Set.of("/faq/alpha/second/", "/", "/faq/", "/404.html"), change.rendered());
        assertTrue(Sites.page(preview.out(), "/faq/alpha/second/").select(".answer-body").text().contains("revised"));
    }

    @Test
    void anAddedEditedOrDeletedCategoryTextRendersItsCategoryPageAndNoAnswer() throws Exception {
        Path text = md("beta/_index.md");
        Files.writeString(text, "Pick the client for your language.\n");
        LiveSite.Change added = preview.live().apply(List.of(text));
        assertTrue(added.ok(), added.problems().toString());
        assertEquals(Set.of("/faq/beta/", "/", "/faq/", "/404.html"), added.rendered());
        assertEquals("Pick the client for your language.", Sites.page(preview.out(), "/faq/beta/").selectFirst(".category-text").text());

        Files.writeString(text, "Pick the client.\n\n[Broken](nowhere.md)\n");
        LiveSite.Change broken = preview.live().apply(List.of(text));
        assertFalse(broken.ok());
        assertTrue(broken.problems().get(0).format().startsWith("content/faq/beta/_index.md:3:1: error: link to a missing page"),
                broken.problems().toString());

        Files.delete(text);
        LiveSite.Change removed = preview.live().apply(List.of(text));
        assertTrue(removed.ok(), removed.problems().toString());
        assertTrue(removed.rendered().contains("/faq/beta/"));
        assertEquals(null, Sites.page(preview.out(), "/faq/beta/").selectFirst(".category-text"));
    }

    @Test
    void aNewTitleRendersEverySidebarAndTheNeighboursLinks() throws Exception {
        edit("beta/third.md", "title=What is the third question?", "title=What is question three?");

        LiveSite.Change change = preview.live().apply(List.of(md("beta/third.md")));

        assertTrue(change.ok());
        assertTrue(change.rendered().size() >= 9, change.rendered().toString());
        assertEquals("What is question three?", Sites.page(preview.out(), "/faq/alpha/second/").select(".pager-next .pager-title").text());
        assertTrue(Sites.page(preview.out(), "/faq/beta/custom-slug/").select(".sidebar").text().contains("What is question three?"));
    }

    @Test
    void aDeletedPageVanishesFromTheSiteTheSidebarsAndTheSitemap() throws Exception {
        Files.delete(md("alpha/second.md"));

        LiveSite.Change change = preview.live().apply(List.of(md("alpha/second.md")));

        assertTrue(change.ok());
        assertEquals(Set.of("/faq/alpha/second/"), change.removed());
        assertFalse(Files.exists(preview.out().resolve("faq/alpha/second/index.html")));
        assertTrue(Sites.page(preview.out(), "/faq/alpha/first/").select("a[href=/faq/alpha/second/]").isEmpty());
        assertEquals("/faq/beta/third/", Sites.page(preview.out(), "/faq/alpha/first/").select(".pager-next").attr("href"));
        assertFalse(Files.readString(preview.out().resolve("sitemap.xml")).contains("/faq/alpha/second/"));
    }

    @Test
    void aRenamedPageMovesToItsNewUrl() throws Exception {
        Files.move(md("alpha/second.md"), md("alpha/renamed.md"));

        LiveSite.Change change = preview.live().apply(List.of(md("alpha/second.md"), md("alpha/renamed.md")));

        assertTrue(change.ok());
        assertFalse(Files.exists(preview.out().resolve("faq/alpha/second")));
        assertEquals("What is the second question?", Sites.page(preview.out(), "/faq/alpha/renamed/").select("h1").text());
        assertEquals("/faq/alpha/renamed/", Sites.page(preview.out(), "/faq/alpha/first/").select(".pager-next").attr("href"));
    }

    @Test
    void aNewPageAppearsEverywhere() throws Exception {
        Sites.write(md("gamma/fifth.md"), "---\ntitle: \"What is the fifth question?\"\n---\nFifth.\n");

        assertTrue(preview.live().apply(List.of(md("gamma/fifth.md"))).ok());

        assertEquals("What is the fifth question?", Sites.page(preview.out(), "/faq/gamma/fifth/").select("h1").text());
        assertEquals("/faq/gamma/fifth/", Sites.page(preview.out(), "/faq/beta/custom-slug/").select(".pager-next").attr("href"));
    }

    @Test
    void aChangedTemplateRendersEveryPage() throws Exception {
        Path template = preview.source().resolve("templates/partials/footer.ftl");
        Sites.write(template, "<#ftl output_format=\"HTML\">\n<footer class=\"footer\"><p class=\"copyright\">Overridden footer</p></footer>\n");

        LiveSite.Change change = preview.live().apply(List.of(template));

        assertTrue(change.ok());
        for (String page : List.of("/", "/faq/", "/faq/alpha/", "/faq/alpha/first/", "/faq/beta/custom-slug/")) {
            assertEquals("Overridden footer", Sites.page(preview.out(), page).select(".copyright").text(), page);
        }
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodSiteAndReportsWhereUntilFixed() throws Exception {
        String good = Files.readString(preview.out().resolve("faq/alpha/second/index.html"));
        edit("alpha/second.md", "order: 2", "order: second");

        LiveSite.Change broken = preview.live().apply(List.of(md("alpha/second.md")));

        assertFalse(broken.ok());
        assertEquals("content/faq/alpha/second.md:3:8: error: 'order' must be a whole number, got 'second' (write a number such as 3, without quotes)",
                broken.problems().get(0).format());
        assertEquals(good, Files.readString(preview.out().resolve("faq/alpha/second/index.html")));
        assertEquals(broken.problems(), preview.live().failing());

        edit("alpha/second.md", "order: second", "order: 2");
        LiveSite.Change fixed = preview.live().apply(List.of(md("alpha/second.md")));

        assertTrue(fixed.ok());
        assertTrue(preview.live().failing().isEmpty());
    }

    @Test
    void aConfigChangeRebuildsTheWholeSite() throws Exception {
        Path config = preview.source().resolve("site.yml");
        Files.writeString(config, Files.readString(config).replace("Fixture Docs", "Renamed Docs"));

        assertTrue(preview.live().apply(List.of(config)).ok());

        Document page = Sites.page(preview.out(), "/faq/beta/third/");
        assertEquals("What is the third question? | Renamed Docs", page.title());
    }
}
