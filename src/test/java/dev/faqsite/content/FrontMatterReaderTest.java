package dev.faqsite.content;

import dev.faqsite.model.FrontMatter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterReaderTest {

    @Test
    void readsEveryYamlFieldAndWhereTheBodyStarts() {
        Parsed<FrontMatterReader.Source> parsed = FrontMatterReader.read("q.md", """
                ---
                title: "What: exactly?"
                description: Short.
                order: 4
                slug: what-exactly
                tags: [a, b]
                draft: true
                last_updated: 2026-11-20
                ---
                Body line one.
                """);
        FrontMatterReader.Source source = parsed.value().orElseThrow();
        FrontMatter fm = source.frontMatter();
        assertEquals("What: exactly?", fm.title());
        assertEquals("Short.", fm.description());
        assertEquals(Optional.of(4), fm.order());
        assertEquals(Optional.of("what-exactly"), fm.slug());
        assertEquals(List.of("a", "b"), fm.tags());
        assertTrue(fm.draft());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), fm.lastUpdated());
        assertEquals(10, source.bodyLine());
        assertTrue(source.body().startsWith("Body line one."));
        assertTrue(parsed.problems().isEmpty());
    }

    @Test
    void readsJBakesOwnHeader() {
        Parsed<FrontMatterReader.Source> parsed = FrontMatterReader.read("q.md", """
                title=Old style?
                order=2
                status=draft
                tags=x, y
                type=faq
                ~~~~~~
                Body.
                """);
        FrontMatter fm = parsed.value().orElseThrow().frontMatter();
        assertEquals("Old style?", fm.title());
        assertEquals(Optional.of(2), fm.order());
        assertTrue(fm.draft());
        assertEquals(List.of("x", "y"), fm.tags());
        assertEquals(7, parsed.value().orElseThrow().bodyLine());
    }

    @Test
    void ignoresAByteOrderMark() {
        assertTrue(FrontMatterReader.read("q.md", "\uFEFF---\ntitle: T\n---\nB\n").value().isPresent());
    }

    @Test
    void warnsAboutAnUnknownKeyWithItsLine() {
        Parsed<FrontMatterReader.Source> parsed = FrontMatterReader.read("q.md", "---\ntitle: T\ntitel: typo\n---\n");
        assertTrue(parsed.value().isPresent());
        assertEquals("q.md:3:1: warning: unknown key 'titel' (known keys: description, draft, last_updated, order, redirect_from, slug, tags, title, widgets)",
                parsed.problems().get(0).format());
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        Parsed<FrontMatterReader.Source> parsed = FrontMatterReader.read("q.md",
                "---\norder: x\ndraft: maybe\nslug: Not A Slug\n---\n");
        assertFalse(parsed.value().isPresent());
        assertEquals(4, parsed.problems().size(), parsed.problems().toString());
    }

    @Test
    void readsTheWidgetsAPageAsksFor() {
        assertEquals(List.of("key-check"), FrontMatterReader.read("q.md", "---\ntitle: T\nwidgets: [key-check]\n---\nB\n")
                .value().orElseThrow().frontMatter().widgets());
        assertEquals(List.of("key-check"), FrontMatterReader.read("q.md", "title=T\nwidgets=key-check\n~~~~~~\nB\n")
                .value().orElseThrow().frontMatter().widgets());
    }

    @Test
    void remembersTheLineOfEveryKeySoThatFindingsOnTheTitleOrDescriptionPointThere() {
        FrontMatter yaml = FrontMatterReader.read("q.md", "---\n# a comment\ndescription: >\n  Long text\ntitle: \"Why?\"\n---\nB\n")
                .value().orElseThrow().frontMatter();
        assertEquals("q.md:5:1", yaml.positions().of("title").toString());
        assertEquals("q.md:3:1", yaml.positions().of("description").toString());
        assertEquals("q.md:1:1", yaml.positions().of("order").toString(), "a key not written points at the file");
        FrontMatter jbake = FrontMatterReader.read("q.md", "status=draft\ntitle=Why?\n~~~~~~\nB\n").value().orElseThrow().frontMatter();
        assertEquals("q.md:2:1", jbake.positions().of("title").toString());
    }
}
