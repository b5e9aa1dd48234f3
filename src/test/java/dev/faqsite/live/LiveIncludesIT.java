package dev.faqsite.live;

import dev.faqsite.build.LiveSite;
import dev.faqsite.testing.LivePreview;
import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    final LivePreview preview = LivePreview.of("components");

    @Test
    void aSnippetIncludedThroughAnotherRendersItsIncludersAgainAndNoOtherPage() throws Exception {
        Path signature = preview.source().resolve("content/_snippets/signature.md");
        Files.writeString(signature, "- The API team, on call every day\n");

        LiveSite.Change change = preview.live().apply(List.of(signature));

        assertTrue(change.ok(), change.problems().toString());
        assertTrue(change.rendered().contains(INCLUDER), change.rendered().toString());
        assertFalse(change.rendered().contains(OTHER), "a page that includes nothing stays as it is");
        assertEquals("The API team, on call every day", Sites.page(preview.out(), INCLUDER).selectFirst(".answer-body li").text());
    }

    @Test
    void aBrokenSnippetKeepsTheLastGoodSiteAndPointsAtTheSnippetsLineThenRecovers() throws Exception {
        Path help = preview.source().resolve("content/_snippets/contact-support.md");
        String good = Files.readString(help);
        Files.writeString(help, good + "\n::api-status{status=\"degraded\"}\n");

        LiveSite.Change broken = preview.live().apply(List.of(help));

        assertFalse(broken.ok());
        assertEquals(List.of("content/_snippets/contact-support.md:7:1: error: '::api-status' needs the attribute 'region' "
                + "(add region=\"…\"; it is declared in templates/components/api-status.yml)"),
                broken.problems().stream().map(p -> p.format()).toList());
        assertEquals("Still stuck?", Sites.page(preview.out(), INCLUDER).selectFirst("#still-stuck").text(), "the last good page is still served");

        Files.writeString(help, good.replace("Still stuck?", "Still stuck after that?"));
        LiveSite.Change fixed = preview.live().apply(List.of(help));

        assertTrue(fixed.ok(), fixed.problems().toString());
        assertEquals("Still stuck after that?", Sites.page(preview.out(), INCLUDER).selectFirst("#still-stuck-after-that").text());
    }
}
