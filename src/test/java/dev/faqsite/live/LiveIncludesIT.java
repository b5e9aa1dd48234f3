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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live preview of snippets: a changed snippet renders again every page that includes it, and only those. */
class LiveIncludesIT {

    static final String INCLUDER = "/faq/general/status/";
    static final String OTHER = "/faq/general/other/";

    @TempDir
    Path tmp;
    Path source;
    Path out;
    LiveSite live;

    @BeforeEach
    void start() throws Exception {
        source = Sites.copy(Sites.fixture("components"), tmp.resolve("src"));
        out = tmp.resolve("out");
        live = LiveSite.start(new BuildOptions(source, out, false));
        assertTrue(live.failing().isEmpty(), live.failing().toString());
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void aSnippetIncludedThroughAnotherRendersItsIncludersAgainAndNoOtherPage() throws Exception {
        Path signature = source.resolve("content/_snippets/signature.md");
        Files.writeString(signature, "- The API team, on call every day\n");

        LiveSite.Change change = live.apply(List.of(signature));

        assertTrue(change.ok(), change.problems().toString());
        assertTrue(change.rendered().contains(INCLUDER), change.rendered().toString());
        assertFalse(change.rendered().contains(OTHER), "a page that includes nothing stays as it is");
        assertEquals("The API team, on call every day", Sites.page(out, INCLUDER).selectFirst(".answer-body li").text());
    }

    @Test
    void aBrokenSnippetKeepsTheLastGoodSiteAndPointsAtTheSnippetsLineThenRecovers() throws Exception {
        Path help = source.resolve("content/_snippets/contact-support.md");
        String good = Files.readString(help);
        Files.writeString(help, good + "\n::api-status{status=\"degraded\"}\n");

        LiveSite.Change broken = live.apply(List.of(help));

        assertFalse(broken.ok());
        assertEquals(List.of("content/_snippets/contact-support.md:7:1: error: '::api-status' needs the attribute 'region' "
                + "(add region=\"…\"; it is declared in templates/components/api-status.yml)"),
                broken.problems().stream().map(p -> p.format()).toList());
        assertEquals("Still stuck?", Sites.page(out, INCLUDER).selectFirst("#still-stuck").text(), "the last good page is still served");

        Files.writeString(help, good.replace("Still stuck?", "Still stuck after that?"));
        LiveSite.Change fixed = live.apply(List.of(help));

        assertTrue(fixed.ok(), fixed.problems().toString());
        assertEquals("Still stuck after that?", Sites.page(out, INCLUDER).selectFirst("#still-stuck-after-that").text());
    }
}
