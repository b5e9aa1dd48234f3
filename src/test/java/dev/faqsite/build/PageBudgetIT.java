package dev.faqsite.build;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped site's first view of every question page — its HTML, the stylesheet and the scripts it loads before
 * anyone searches — stays under 50 KB gzipped (the server sends them gzipped). Search loads only on demand.
 */
class PageBudgetIT {

    static final int BUDGET_BYTES = 50_000;
    static final List<String> FIRST_VIEW_ASSETS = List.of("assets/css/site.css", "assets/js/theme.js", "assets/js/site.js");

    @TempDir
    Path tmp;

    @Test
    void keepsEveryQuestionPagesFirstViewUnder50KilobytesCompressed() throws Exception {
        Path out = tmp.resolve("site");
        assertTrue(Sites.build(Sites.repository(), out).built());
        long assets = 0;
        for (String asset : FIRST_VIEW_ASSETS) {
            assets += gzipped(out.resolve(asset));
        }
        long heaviest = 0;
        String heaviestPage = "";
        try (Stream<Path> pages = Files.walk(out.resolve("faq"))) {
            for (Path page : pages.filter(p -> p.getFileName().toString().equals("index.html") && p.getNameCount() - out.getNameCount() == 4).toList()) {
                String html = Files.readString(page);
                assertTrue(!html.contains("/pagefind/") && !html.contains("search.js\"></script>"), page + " loads search up front");
                // a page with content tabs also loads their script
                long size = gzipped(page) + (html.contains("/assets/js/tabs.js") ? gzipped(out.resolve("assets/js/tabs.js")) : 0);
                if (size > heaviest) {
                    heaviest = size;
                    heaviestPage = out.relativize(page).toString();
                }
            }
        }
        long total = heaviest + assets;
        System.out.printf("first view: heaviest question page %s %d B + css/js %d B = %d B gzipped%n", heaviestPage, heaviest, assets, total);
        assertTrue(total < BUDGET_BYTES, heaviestPage + ": " + total + " bytes gzipped");
    }

    static long gzipped(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }
}
