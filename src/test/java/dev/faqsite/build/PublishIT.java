package dev.faqsite.build;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishIT {

    @TempDir
    Path tmp;

    @Test
    void aFailedBuildLeavesThePreviousSiteInPlace() throws Exception {
        Path source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
        Path out = tmp.resolve("out");
        assertTrue(Sites.build(source, out).built());
        String before = Files.readString(out.resolve("faq/alpha/first/index.html"));

        Sites.write(source.resolve("content/faq/alpha/first.md"), "---\ntitle: \"Changed?\"\norder: nope\n---\nNew.\n");
        BuildResult failed = Sites.build(source, out);

        assertEquals(BuildResult.Status.CONTENT_ERRORS, failed.status());
        assertEquals(before, Files.readString(out.resolve("faq/alpha/first/index.html")));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".out")).count(),
                    "no staging or scratch folder is left behind");
        }
    }

    @Test
    void aSuccessfulRebuildRemovesPagesWhoseSourceWasDeleted() throws Exception {
        Path source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
        Path out = tmp.resolve("out");
        assertTrue(Sites.build(source, out).built());
        Files.delete(source.resolve("content/faq/alpha/second.md"));

        assertTrue(Sites.build(source, out).built());

        assertTrue(Files.notExists(out.resolve("faq/alpha/second")));
        assertTrue(Sites.page(out, "/faq/alpha/first/").select("a[href=/faq/alpha/second/]").isEmpty());
    }

    @Test
    void theSiteARebuildReplacesIsLeftAsideAndDeletedByTheNextBuild() throws Exception {
        Path source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
        Path out = tmp.resolve("out");
        assertTrue(Sites.build(source, out).built());
        assertEquals(List.of(), replaced());

        assertTrue(Sites.build(source, out).built());
        List<Path> first = replaced();
        assertEquals(1, first.size(), first.toString());
        assertTrue(Files.isRegularFile(first.get(0).resolve("faq/alpha/first/index.html")), "the replaced site, whole");

        assertTrue(Sites.build(source, out).built());
        List<Path> second = replaced();
        assertEquals(1, second.size(), second.toString());
        assertTrue(Files.notExists(first.get(0)), "deleted by the next build");
        assertTrue(Files.isRegularFile(out.resolve("faq/alpha/first/index.html")));
    }

    private List<Path> replaced() throws Exception {
        try (Stream<Path> siblings = Files.list(tmp)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(".out.replaced-")).toList();
        }
    }

    @Test
    void buildsAreByteIdentical() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Sites.build(Sites.fixture("small"), a);
        Sites.build(Sites.fixture("small"), b);
        try (Stream<Path> files = Files.walk(a)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals(-1L, Files.mismatch(file, b.resolve(a.relativize(file).toString())), file.toString());
            }
        }
    }
}
