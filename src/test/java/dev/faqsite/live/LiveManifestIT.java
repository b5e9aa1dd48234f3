package dev.faqsite.live;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.LiveSite;
import dev.faqsite.ratings.ManifestFile;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Under {@code serve --watch} the ratings server learns a rewritten answer's new version at the next rebuild. */
class LiveManifestIT {

    @TempDir
    Path tmp;

    @Test
    void aRebuildGivesAnEditedPageANewContentVersionInTheManifest() throws Exception {
        Path source = Sites.copy(Sites.fixture("small"), tmp.resolve("src"));
        Path out = tmp.resolve("out");
        try (LiveSite live = LiveSite.start(new BuildOptions(source, out, false))) {
            ManifestFile manifest = ManifestFile.in(out);
            String before = manifest.catalog().page("/faq/alpha/second/").orElseThrow().contentVersion();

            Path file = source.resolve("content/faq/alpha/second.md");
            Files.writeString(file, Files.readString(file).replace("The second answer.", "The second answer, rewritten."));
            assertTrue(live.apply(List.of(file)).ok());

            assertNotEquals(before, manifest.catalog().page("/faq/alpha/second/").orElseThrow().contentVersion());
            assertTrue(Files.list(out).noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }
}
