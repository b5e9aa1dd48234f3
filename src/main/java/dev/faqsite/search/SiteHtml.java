package dev.faqsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The pages of a built site as Pagefind's command line finds them: every {@code *.html} file, outside the folder the
 * index is written to. The bake hands over the pages it renders; this finds the others (redirect pages).
 */
public final class SiteHtml {

    private SiteHtml() {
    }

    /**
     * Hands each page not known yet to {@code add}.
     *
     * @param known whether a page, by its path under the site with {@code /}, was handed over already
     * @param add   takes the page's path and its text
     */
    public static void addUnknown(Path site, Predicate<String> known, BiConsumer<String, String> add) throws IOException {
        Path output = site.resolve(PagefindBinary.OUTPUT);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html") && !f.startsWith(output)
                    && Files.isRegularFile(f))::iterator) {
                String path = site.relativize(file).toString().replace('\\', '/');
                if (!known.test(path)) {
                    add.accept(path, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
