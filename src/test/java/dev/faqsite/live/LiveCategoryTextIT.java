package dev.faqsite.live;

import dev.faqsite.build.BuildOptions;
import dev.faqsite.build.LiveSite;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live preview of a category's own text: editing, breaking and deleting its _index.md renders its page again. */
class LiveCategoryTextIT {

    static final String CATEGORY = "/faq/sdks/";

    @TempDir
    Path tmp;
    Path source;
    Path out;
    LiveSite live;

    @BeforeEach
    void start() throws Exception {
        source = Sites.copy(Sites.fixture("tabs"), tmp.resolve("src"));
        out = tmp.resolve("out");
        live = LiveSite.start(new BuildOptions(source, out, false));
        assertTrue(live.failing().isEmpty(), live.failing().toString());
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void anEditedBrokenOrDeletedCategoryTextRendersItsCategoryPageAgainAndNoAnswer() throws Exception {
        Path text = source.resolve("content/faq/sdks/_index.md");
        Files.writeString(text, "Pick the client for your language.\n\n[Broken](nowhere.md)\n");

        LiveSite.Change broken = live.apply(List.of(text));
        assertFalse(broken.ok());
        assertEquals(List.of("content/faq/sdks/_index.md:3:1"), broken.problems().stream()
                .map(p -> p.format().substring(0, p.format().indexOf(": error"))).toList());

        Files.writeString(text, "Pick the client for your language.\n");
        LiveSite.Change fixed = live.apply(List.of(text));
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertTrue(fixed.rendered().contains(CATEGORY), fixed.rendered().toString());
        assertEquals("Pick the client for your language.", Sites.page(out, CATEGORY).selectFirst(".category-text").text());

        Files.delete(text);
        LiveSite.Change removed = live.apply(List.of(text));
        assertTrue(removed.ok(), removed.problems().toString());
        assertTrue(removed.rendered().contains(CATEGORY));
        assertFalse(removed.rendered().contains("/faq/sdks/first-request/"), "an answer stays as it is");
        assertNull(Sites.page(out, CATEGORY).selectFirst(".category-text"));
    }
}
