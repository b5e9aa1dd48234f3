package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.model.SiteContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole content/ tree read and validated before the bake, and kept up to date file by file. */
class ContentTreeTest {

    @TempDir
    Path site;

    private Path write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private void aSmallSite() throws IOException {
        write("content/faq/general/_category.yml", "label: General\nposition: 1\n");
        write("content/faq/general/first.md", "---\ntitle: First?\norder: 1\n---\nOne.\n");
        write("content/faq/general/second.md", "---\ntitle: Second?\norder: 2\n---\nTwo.\n");
        write("content/_snippets/help.md", "Ask us.\n");
        write("content/faq/general/.first.md.swp", "editor's swap file");
    }

    @Test
    void readsQuestionsCategoriesAndSnippetsWhichAreNeverPages() throws IOException {
        aSmallSite();
        SiteContent content = ContentTree.read(site).assemble(false).value().orElseThrow();
        assertEquals(List.of("/faq/general/first/", "/faq/general/second/"),
                content.tree().readingOrder().stream().map(q -> q.url()).toList());
        assertEquals("Ask us.\n", content.snippet("_snippets/help.md").orElseThrow().markdown());
        assertEquals("content/_snippets/help.md", content.snippet("_snippets/help.md").orElseThrow().source().path());
    }

    @Test
    void readsACategorysOwnTextWithItsFrontMatterAndBodyLineNeverAsAQuestion() throws IOException {
        aSmallSite();
        write("content/faq/general/_index.md", "---\ndescription: \"All about the basics.\"\nsidebar_label: x\n---\nWelcome.\n");
        var read = ContentTree.read(site).assemble(false);
        SiteContent content = read.value().orElseThrow();
        assertEquals(2, content.tree().readingOrder().size(), "the text is no question");
        var text = content.text("general").orElseThrow();
        assertEquals("All about the basics.", text.description());
        assertEquals("Welcome.\n", text.markdown());
        assertEquals(5, text.bodyLine());
        assertEquals("content/faq/general/_index.md", text.source().path());
        assertEquals(List.of("content/faq/general/_index.md:3:1: warning: unknown key 'sidebar_label' (known keys: description, redirect_from)"),
                read.problems().stream().map(Problem::format).toList());
    }

    @Test
    void readsACategorysOldUrlsEachWithItsOwnLineAndRejectsOneThatIsNoSitePath() throws IOException {
        aSmallSite();
        write("content/faq/general/_index.md",
                "---\nredirect_from:\n  - /docs/basics/\n  - \"/docs/getting-started\"\n  - https://old.example.test/docs\n---\nWelcome.\n");
        var read = ContentTree.read(site).assemble(false);
        assertEquals(List.of("content/faq/general/_index.md:5:5: error: redirect_from entry 'https://old.example.test/docs' is not a"
                        + " path of this site (write the old URL's path, starting with '/' and without host, '?' or '#', e.g. /docs/billing/refunds)"),
                read.problems().stream().map(Problem::format).toList());
        write("content/faq/general/_index.md", "---\nredirect_from:\n  - /docs/basics/\n  - \"/docs/getting-started\"\n---\nWelcome.\n");
        var text = ContentTree.read(site).assemble(false).value().orElseThrow().text("general").orElseThrow();
        assertEquals(List.of("/docs/basics/ at content/faq/general/_index.md:3:5", "/docs/getting-started at content/faq/general/_index.md:4:5"),
                text.redirectFrom().stream().map(r -> r.path() + " at " + r.declaredAt()).toList());
    }

    @Test
    void rejectsAnOldUrlThatACategoryAndAQuestionBothClaim() throws IOException {
        aSmallSite();
        write("content/faq/general/_index.md", "---\nredirect_from: [/docs/basics]\n---\nWelcome.\n");
        write("content/faq/general/second.md", "---\ntitle: Second?\norder: 2\nredirect_from: /docs/basics/\n---\nTwo.\n");
        var read = ContentTree.read(site).assemble(false);
        assertEquals(List.of("content/faq/general/second.md:4:16: error: redirect from /docs/basics/ is declared twice: here and at"
                        + " content/faq/general/_index.md:2:17 (keep it in one page's redirect_from)"),
                read.problems().stream().map(Problem::format).toList());
    }

    @Test
    void readsACategoryTextWithoutFrontMatterFromItsFirstLine() throws IOException {
        aSmallSite();
        write("content/faq/general/_index.md", "Just text.\n");
        var text = ContentTree.read(site).assemble(false).value().orElseThrow().text("general").orElseThrow();
        assertEquals(1, text.bodyLine());
        assertEquals("", text.description());
    }

    @Test
    void rereadsAChangedFileAndForgetsADeletedOne() throws IOException {
        aSmallSite();
        ContentTree tree = ContentTree.read(site);
        Path first = write("content/faq/general/first.md", "---\ntitle: First, renamed?\norder: 1\n---\nOne.\n");
        Path second = site.resolve("content/faq/general/second.md");
        Files.delete(second);

        tree.reread(List.of(first, second));

        SiteContent content = tree.assemble(false).value().orElseThrow();
        assertEquals(List.of("First, renamed?"), content.tree().readingOrder().stream().map(q -> q.title()).toList());
    }

    @Test
    void reportsEveryProblemOfTheTreeInOneRunAndGivesNoContent() throws IOException {
        aSmallSite();
        write("content/faq/general/broken.md", "---\ntitle: [unclosed\n---\n");
        write("content/stray.md", "---\ntitle: Where do I belong?\n---\n");
        write("content/faq/general/notes.yml", "x: 1\n");
        var read = ContentTree.read(site).assemble(false);
        assertTrue(read.value().isEmpty());
        assertEquals(List.of(
                        "content/faq/general/broken.md:2:17",
                        "content/faq/general/notes.yml:1:1: error: unexpected YAML file in content/ "
                                + "(category metadata goes in content/faq/<category>/_category.yml)",
                        "content/stray.md:1:1: error: question file outside a category folder (move it to content/faq/<category>/stray.md)"),
                read.problems().stream().sorted().map(p -> p.isError() && p.where().path().endsWith("broken.md")
                        ? p.where().toString() : p.format()).toList());
    }

    @Test
    void refusesAnOldUrlThatLeadsToADraftOrIsClaimedTwiceBeforeTheBakeAtItsEntry() throws IOException {
        aSmallSite();
        write("content/faq/general/first.md", "---\ntitle: First?\nredirect_from:\n  - /docs/first\n  - /docs/shared/\n---\nOne.\n");
        write("content/faq/general/second.md", "---\ntitle: Second?\nredirect_from: [/docs/shared]\n---\nTwo.\n");
        write("content/faq/general/wip.md", "---\ntitle: Not yet?\ndraft: true\nredirect_from: [/docs/wip]\n---\nSoon.\n");
        var read = ContentTree.read(site).assemble(false);
        assertTrue(read.value().isEmpty());
        assertEquals(List.of(
                        "content/faq/general/second.md:3:17: error: redirect from /docs/shared is declared twice: here and at "
                                + "content/faq/general/first.md:5:5 (keep it in one page's redirect_from)",
                        "content/faq/general/wip.md:4:17: error: redirect from /docs/wip goes to /faq/general/wip/, which is not "
                                + "published (the page is a draft: publish it, or build with --drafts)"),
                read.problems().stream().map(Problem::format).toList());
    }

    @Test
    void acceptsARedirectToADraftWhenDraftsArePublished() throws IOException {
        aSmallSite();
        write("content/faq/general/wip.md", "---\ntitle: Not yet?\ndraft: true\nredirect_from: [/docs/wip]\n---\nSoon.\n");
        SiteContent content = ContentTree.read(site).assemble(true).value().orElseThrow();
        assertEquals(List.of("/docs/wip"), content.tree().readingOrder().stream()
                .flatMap(q -> q.frontMatter().redirectFrom().stream().map(r -> r.path())).toList());
    }

    @Test
    void aSiteWithoutContentFolderIsOneProblem() throws IOException {
        assertEquals(List.of("content:1:1: error: the site has no content/ folder (create content/faq/<category>/ with a _category.yml and questions)"),
                ContentTree.read(site).assemble(false).problems().stream().map(Problem::format).toList());
    }

    @Test
    void despiteErrorsTheNavigationKeepsWhatCanBePlacedForTheChecksToRun() throws IOException {
        aSmallSite();
        // two files with one URL, and a category folder without its _category.yml
        write("content/faq/general/zz-first.md", "---\ntitle: First again?\nslug: first\norder: 3\n---\nAgain.\n");
        write("content/faq/orphans/lost.md", "---\ntitle: Lost?\norder: 1\n---\nNowhere.\n");
        ContentTree tree = ContentTree.read(site);

        Parsed<SiteContent> strict = tree.assemble(false);
        Parsed<SiteContent> anyway = tree.assembleDespiteErrors(false);

        assertTrue(strict.value().isEmpty(), "a bake that stops at content errors gets no content");
        assertEquals(strict.problems(), anyway.problems(), "the same problems either way");
        assertEquals(2, anyway.problems().stream().filter(Problem::isError).count(), anyway.problems().toString());
        assertEquals(List.of("First?", "Second?"),
                anyway.value().orElseThrow().tree().readingOrder().stream().map(q -> q.title()).toList(),
                "of two with one URL the first by file is kept; a question of an undeclared category is left out");
    }
}
