package dev.faqsite.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaffoldTest {

    @TempDir
    Path site;

    @Test
    void makesAUrlSegmentFromATitle() {
        assertEquals("why-does-my-cafe-key-fail", Scaffold.slug("Why does my café key fail?"));
        assertEquals("what-is-http-429", Scaffold.slug("  What is HTTP 429?!  "));
    }

    @Test
    void addsAQuestionAfterTheCategorysLastAndNeverOverwrites() throws Exception {
        Scaffold.category(site, "general", "General");
        Files.writeString(site.resolve("content/faq/general/old.md"), "---\ntitle: Old?\norder: 7\n---\nBody.\n");

        Path created = Scaffold.question(site, "general", "How do I \"quote\"?", LocalDate.of(2026, 11, 26));

        assertEquals(site.resolve("content/faq/general/how-do-i-quote.md"), created);
        FrontMatterReader.Source source = FrontMatterReader.read("x", Files.readString(created)).value().orElseThrow();
        assertEquals("How do I \"quote\"?", source.frontMatter().title());
        assertEquals(8, source.frontMatter().order().orElseThrow());
        assertThrows(FileAlreadyExistsException.class,
                () -> Scaffold.question(site, "general", "How do I quote?", LocalDate.of(2026, 11, 26)));
    }

    @Test
    void addsACategoryAfterTheLastOne() throws Exception {
        Scaffold.category(site, "general", "General");
        Path created = Scaffold.category(site, "webhooks", "Webhooks");
        assertTrue(Files.readString(created).contains("position: 2"));
        assertThrows(IllegalArgumentException.class, () -> Scaffold.category(site, "Not An Id", "X"));
    }

    @Test
    void refusesAQuestionInACategoryThatDoesNotExist() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> Scaffold.question(site, "nope", "Why?", LocalDate.of(2026, 11, 26)));
        assertTrue(e.getReason().contains("faqsite new category nope"), e.getReason());
    }
}
