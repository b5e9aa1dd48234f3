package dev.faqsite.check;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CheckLevel;
import dev.faqsite.model.CheckRule;
import dev.faqsite.model.CheckSettings;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.TemplateSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks a built site: parses every page once (on all cores), runs the per-page checks, then resolves every link and
 * anchor against the whole site, and traces each finding to its source line.
 */
public final class SiteChecker {

    /**
     * What the checks found.
     *
     * @param problems      findings at their source lines, with the configured severity
     * @param externalLinks every external URL with the number of pages linking to it (not fetched: the build is offline)
     */
    public record Report(List<Problem> problems, Map<String, Integer> externalLinks) {
    }

    private final CheckSettings settings;
    private final LinkResolver links;
    private final SourceLocator locator;

    public SiteChecker(CheckSettings settings, String baseUrl, List<TemplateSource> templates) {
        this.settings = settings;
        this.links = new LinkResolver(baseUrl);
        this.locator = new SourceLocator(templates);
    }

    public Report check(Path site, List<RenderedPage> pages) throws IOException {
        Set<String> files = files(site);
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        List<OutLink> internal = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> external = Collections.synchronizedMap(new TreeMap<>());
        Map<String, PageFacts> byFile = new ConcurrentHashMap<>();

        pages.parallelStream().forEach(page -> {
            PageFacts facts = parse(site, page);
            byFile.put(page.file(), facts);
            DocumentChecks.run(facts, findings::add);
            AccessibilityChecks.run(facts, findings::add);
            StructuredDataCheck.run(facts, findings::add);
            Set<String> seenExternal = new HashSet<>();
            links.collect(facts, internal::add, url -> {
                if (seenExternal.add(url)) {
                    external.merge(url, 1, Integer::sum);
                }
            }, findings::add);
        });

        for (OutLink link : internal) {
            if (!files.contains(link.path())) {
                findings.add(new Finding(link.rule(), link.page(), link.element(), missingMessage(link),
                        link.rule() == CheckRule.BROKEN_LINK ? "check the path; questions are served at /faq/<category>/<question>/"
                                : "check the path; files in templates/assets/ are served under /assets/"));
            } else if (!link.fragment().isEmpty() && byFile.containsKey(link.path())
                    && !byFile.get(link.path()).ids().contains(link.fragment())) {
                findings.add(new Finding(CheckRule.BROKEN_ANCHOR, link.page(), link.element(),
                        "link to a missing anchor #" + link.fragment() + " in /" + link.path().replaceFirst("index\\.html$", ""),
                        "a heading's anchor is its text in lowercase with hyphens; check the target page's headings"));
            }
        }
        return new Report(problems(findings), new TreeMap<>(external));
    }

    private static String missingMessage(OutLink link) {
        String target = "/" + link.path().replaceFirst("index\\.html$", "");
        return link.rule() == CheckRule.BROKEN_LINK ? "link to a missing page " + target : "missing file " + target;
    }

    private List<Problem> problems(List<Finding> findings) {
        List<Problem> out = new ArrayList<>();
        for (Finding finding : findings) {
            CheckLevel level = settings.level(finding.rule());
            if (level == CheckLevel.OFF) {
                continue;
            }
            SourceRef where = locator.locate(finding.page().page(), finding.element());
            String message = finding.message() + " [" + finding.rule().id() + "]";
            out.add(level == CheckLevel.ERROR ? Problem.error(where, message, finding.hint())
                    : Problem.warning(where, message, finding.hint()));
        }
        return out;
    }

    private static PageFacts parse(Path site, RenderedPage page) {
        try {
            Document document = Jsoup.parse(Files.readString(site.resolve(page.file())), "");
            Set<String> ids = new HashSet<>();
            for (Element element : document.select("[id]")) {
                ids.add(element.id());
            }
            for (Element anchor : document.select("a[name]")) {
                ids.add(anchor.attr("name"));
            }
            return new PageFacts(page, document, ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            Set<String> out = new HashSet<>();
            walk.filter(Files::isRegularFile).forEach(f -> out.add(site.relativize(f).toString().replace('\\', '/')));
            return out;
        }
    }

    /** Writes the external links as {@code count<TAB>url} lines, most linked first. */
    public static void writeExternalLinks(Map<String, Integer> links, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        links.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> lines.add(e.getValue() + "\t" + e.getKey()));
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

}
