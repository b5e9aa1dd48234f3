package dev.faqsite.check;

import dev.faqsite.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a check's time goes, per page: reads every page of a built site, parses it, files its elements and runs each
 * rule, one thread, timing each stage; the first passes warm the JIT up, the last is printed. Run by
 * bench/check-stages.sh, never by the tests.
 *
 * <p>Usage: {@code CheckStagesBench SITE [PASSES]}
 */
public final class CheckStagesBench {

    private static final List<PageRule> DOCUMENT = List.of(new DuplicateIdRule(), new ImageAltRule(), new HeadingsRule(),
            new PageMetaRule(), new LangRule());
    private static final List<PageRule> ACCESSIBILITY = List.of(new LandmarksRule(), new AccessibleNameRule(), new LinkTextRule());
    private static final PageRule STRUCTURED_DATA = new StructuredDataCheck();


    private static final String[] STAGES = {"read", "parse", "file elements", "document", "accessibility", "structured data", "links"};

    private CheckStagesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<RenderedPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(f -> f.getFileName().toString().equals("index.html")).sorted().forEach(f -> {
                String file = site.relativize(f).toString().replace('\\', '/');
                pages.add(new RenderedPage("/" + file.substring(0, file.length() - "index.html".length()), file, "question.ftl",
                        Optional.empty(), List.of(), List.of(), Set.of()));
            });
        }
        LinkResolver links = new LinkResolver("https://bench.example.test");
        for (int pass = 1; pass <= passes; pass++) {
            long[] nanos = new long[STAGES.length];
            long bytes = 0;
            for (RenderedPage page : pages) {
                long t0 = System.nanoTime();
                String html = Files.readString(site.resolve(page.file()));
                long t1 = System.nanoTime();
                Document document = Jsoup.parse(html, "");
                long t2 = System.nanoTime();
                PageFacts facts = PageFacts.of(page, document);
                long t3 = System.nanoTime();
                List<Finding> findings = new ArrayList<>();
                DOCUMENT.forEach(rule -> rule.check(facts, findings::add));
                long t4 = System.nanoTime();
                ACCESSIBILITY.forEach(rule -> rule.check(facts, findings::add));
                long t5 = System.nanoTime();
                STRUCTURED_DATA.check(facts, findings::add);
                long t6 = System.nanoTime();
                links.collect(facts, link -> { }, (url, element) -> { }, findings::add);
                long t7 = System.nanoTime();
                long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7};
                for (int i = 0; i < STAGES.length; i++) {
                    nanos[i] += marks[i + 1] - marks[i];
                }
                bytes += html.length();
            }
            if (pass == passes) {
                long total = 0;
                for (long n : nanos) {
                    total += n;
                }
                System.out.printf(Locale.ROOT, "%d pages of %.1f KB on average, pass %d of %d, one thread: %.3f ms per page%n",
                        pages.size(), bytes / 1024.0 / pages.size(), pass, passes, total / 1e6 / pages.size());
                for (int i = 0; i < STAGES.length; i++) {
                    System.out.printf(Locale.ROOT, "  %-16s %6.3f ms  %3.0f%%%n", STAGES[i], nanos[i] / 1e6 / pages.size(), 100.0 * nanos[i] / total);
                }
            }
        }
    }
}
