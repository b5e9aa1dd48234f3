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

/** {@code serve --watch}: redirects declared or changed while the site is live are written, or refused, at once. */
class LiveRedirectsIT {

    @TempDir
    Path tmp;
    Path source;
    Path out;
    LiveSite live;

    @BeforeEach
    void start() throws Exception {
        source = Sites.copy(Sites.fixture("redirects"), tmp.resolve("src"));
        out = tmp.resolve("out");
        live = LiveSite.start(new BuildOptions(source, out, false));
        assertTrue(live.failing().isEmpty(), live.failing().toString());
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private Path invoices() {
        return source.resolve("content/faq/billing/invoices.md");
    }

    @Test
    void aRedirectAddedWhileWatchingIsWrittenWithTheRedirectsFile() throws Exception {
        assertTrue(Files.isRegularFile(out.resolve("help/invoices/index.html")), "written by the first build");
        Files.writeString(invoices(), Files.readString(invoices()).replace("redirect_from: /help/invoices",
                "redirect_from: [/help/invoices, /help/receipts]"));

        LiveSite.Change change = live.apply(List.of(invoices()));

        assertTrue(change.ok(), change.problems().toString());
        assertEquals("/faq/billing/invoices/", Sites.page(out, "/help/receipts/").selectFirst("main a").attr("href"));
        assertTrue(Files.readString(out.resolve("_redirects")).contains("/help/receipts /faq/billing/invoices/ 301\n"));
    }

    @Test
    void aRedirectOverAPageIsRefusedAndTheLiveSiteKept() throws Exception {
        Files.writeString(invoices(), Files.readString(invoices()).replace("redirect_from: /help/invoices",
                "redirect_from: /faq/billing/refunds/"));

        LiveSite.Change change = live.apply(List.of(invoices()));

        assertFalse(change.ok());
        assertEquals("content/faq/billing/invoices.md:4:16: error: redirect from /faq/billing/refunds/ would overwrite "
                + "/faq/billing/refunds/, which the site still has (a page or file of the site is served there: remove the entry from "
                + "redirect_from)", change.problems().get(0).format());
        assertTrue(Files.isRegularFile(out.resolve("help/invoices/index.html")), "the last good site stays up");
    }
}
