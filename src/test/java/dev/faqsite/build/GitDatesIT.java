package dev.faqsite.build;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Last updated" comes from the last commit of each file, read with one git log; front matter overrides it. */
class GitDatesIT {

    @TempDir
    Path tmp;

    @Test
    void datesEachAnswerByTheLastCommitThatChangedItUnlessItsFrontMatterSays() throws Exception {
        Path site = Sites.copy(Sites.fixture("small"), tmp.resolve("repo"));
        git(site, "2026-01-01T10:00:00Z", "init", "-q");
        git(site, "2026-03-04T10:00:00Z", "add", ".");
        git(site, "2026-03-04T10:00:00Z", "commit", "-q", "-m", "first");
        Files.writeString(site.resolve("content/faq/beta/third.md"), "\nMore text.\n", java.nio.file.StandardOpenOption.APPEND);
        git(site, "2026-05-06T10:00:00Z", "commit", "-q", "-a", "-m", "second");

        Path out = tmp.resolve("out");
        assertTrue(Sites.build(site, out).built());
        assertEquals("2026-05-06", Sites.page(out, "/faq/beta/third/").select(".page-meta time").attr("datetime"));
        assertEquals("May 6, 2026", Sites.page(out, "/faq/beta/third/").select(".page-meta time").text());
        assertEquals("2026-03-04", Sites.page(out, "/faq/alpha/second/").select(".page-meta time").attr("datetime"));
        assertEquals("2026-11-20", Sites.page(out, "/faq/alpha/first/").select(".page-meta time").attr("datetime"), "front matter wins");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://docs.example.test/faq/beta/third/</loc><lastmod>2026-05-06</lastmod>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://docs.example.test/faq/beta/</loc><lastmod>2026-05-06</lastmod>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://docs.example.test/</loc><lastmod>2026-11-20</lastmod>"), sitemap);
    }

    @Test
    void hasNoDatesOutsideARepositoryAndNoError() throws Exception {
        Path site = Sites.copy(Sites.fixture("small"), tmp.resolve("plain"));
        BuildResult result = Sites.build(site, tmp.resolve("out"));
        assertEquals("", Sites.problems(result));
        assertTrue(Sites.page(tmp.resolve("out"), "/faq/alpha/second/").select(".page-meta time").isEmpty());
    }

    private static void git(Path repo, String date, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.test",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).inheritIO();
        builder.environment().putAll(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date));
        assertEquals(0, builder.start().waitFor(), String.join(" ", args));
    }
}
