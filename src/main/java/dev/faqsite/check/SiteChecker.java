package dev.faqsite.check;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Severity;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CheckLevel;
import dev.faqsite.model.CheckSettings;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.TemplateSource;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

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
     * @param linkedFrom    where each external URL is first linked from (the page first by file name), for findings
     */
    public record Report(List<Problem> problems, Map<String, Integer> externalLinks, Map<String, SourceRef> linkedFrom) {
    }

    /** Where an external URL is linked from: the source place on the page that sorts first. */
    private record Place(String page, SourceRef where) {
    }

    /** The rule a link to a missing page is found under, also when the bake finds it in a {@code .md} link. */
    public static final String BROKEN_LINK = LinkRule.BROKEN_LINK.id();
    /** The rule that {@code check --external} files its findings under. */
    public static final String EXTERNAL_LINK = ExternalLinkRule.ID;

    private final CheckSettings settings;
    private final LinkResolver links;
    private final SourceLocator locator;

    public SiteChecker(CheckSettings settings, String baseUrl, List<TemplateSource> templates) {
        this.settings = settings;
        this.links = new LinkResolver(baseUrl);
        this.locator = new SourceLocator(templates);
    }

    /**
     * A folder of the site that another step is still writing while the pages are checked (the search index): links
     * into it are checked once {@code written} completes.
     *
     * @param folder  its path under the site, ending in '/', e.g. {@code pagefind/}
     * @param written completes when the folder is complete
     */
    public record LateOutput(String folder, CompletableFuture<?> written) {
    }

    /**
     * Checks every page, while {@code late} may still be being written. Each page's DOM is dropped as soon as it is
     * checked (a large site's DOMs would not fit in memory together): only its ids, and the few links to anchors of
     * other pages, outlive it.
     */
    public Report check(Path site, List<RenderedPage> pages, LateOutput late) throws IOException {
        Set<String> files = files(site, late.folder());
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<PendingAnchor> anchors = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> external = new ConcurrentHashMap<>();
        Map<String, Place> linkedFrom = new ConcurrentHashMap<>();
        Map<String, Set<String>> idsByFile = new ConcurrentHashMap<>();

        pages.parallelStream().forEach(page -> {
            PageFacts facts = parse(site, page);
            idsByFile.put(page.file(), facts.ids());
            List<Finding> findings = new ArrayList<>();
            Rules.PAGE.forEach(rule -> rule.check(facts, findings::add));
            Set<String> seenExternal = new HashSet<>();
            links.collect(facts, link -> {
                if (!exists(site, files, late, link.path())) {
                    findings.add(new Finding(link.rule(), link.page(), link.element(), missingMessage(link),
                            link.rule() == LinkRule.BROKEN_LINK ? "check the path; questions are served at /faq/<category>/<question>/"
                                    : "check the path; files in templates/assets/ are served under /assets/"));
                } else if (!link.fragment().isEmpty() && link.path().equals(page.file())) {
                    if (!facts.ids().contains(link.fragment())) {
                        findings.add(missingAnchor(link));
                    }
                } else if (!link.fragment().isEmpty()) {
                    anchors.add(new PendingAnchor(link.path(), link.fragment(), problem(missingAnchor(link))));
                }
            }, (url, element) -> {
                if (seenExternal.add(url)) {
                    external.merge(url, 1, Integer::sum);
                    // located once per page that sorts first, not per link: the navbar's links are on every page
                    linkedFrom.compute(url, (k, old) -> old != null && old.page().compareTo(page.file()) <= 0 ? old
                            : new Place(page.file(), locator.locate(page, element)));
                }
            }, findings::add);
            findings.stream().map(this::problem).filter(java.util.Objects::nonNull).forEach(problems::add);
        });

        for (PendingAnchor anchor : anchors) {
            Set<String> ids = idsByFile.get(anchor.file());
            if (ids != null && !ids.contains(anchor.fragment()) && anchor.ifMissing() != null) {
                problems.add(anchor.ifMissing());
            }
        }
        Map<String, SourceRef> places = new TreeMap<>();
        linkedFrom.forEach((url, place) -> places.put(url, place.where()));
        return new Report(List.copyOf(problems), new TreeMap<>(external), places);
    }

    /** A link to an anchor of another page, resolved once every page's ids are known. */
    private record PendingAnchor(String file, String fragment, Problem ifMissing) {
    }

    private static Finding missingAnchor(OutLink link) {
        return new Finding(LinkRule.BROKEN_ANCHOR, link.page(), link.element(),
                "link to a missing anchor #" + link.fragment() + " in /" + link.path().replaceFirst("index\\.html$", ""),
                "a heading's anchor is its text in lowercase with hyphens; check the target page's headings");
    }

    private static String missingMessage(OutLink link) {
        String target = "/" + link.path().replaceFirst("index\\.html$", "");
        return link.rule() == LinkRule.BROKEN_LINK ? "link to a missing page " + target : "missing file " + target;
    }

    /** The finding at its source line with its configured severity; null when its rule is off. */
    private Problem problem(Finding finding) {
        CheckLevel level = Rules.level(settings, finding.rule().id());
        if (level == CheckLevel.OFF) {
            return null;
        }
        SourceRef where = locator.locate(finding.page().page(), finding.element());
        return new Problem(level == CheckLevel.ERROR ? Severity.ERROR : Severity.WARNING, where, finding.message(), finding.hint(),
                finding.rule().id());
    }

    private static PageFacts parse(Path site, RenderedPage page) {
        try {
            return PageFacts.of(page, Jsoup.parse(Files.readString(site.resolve(page.file())), ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's files, except those of the folder still being written. */
    private static Set<String> files(Path site, String lateFolder) throws IOException {
        Path late = site.resolve(lateFolder);
        Set<String> out = new HashSet<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // not even listed: the indexer may be adding and renaming files in it right now
                return dir.equals(late) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    out.add(site.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static boolean exists(Path site, Set<String> files, LateOutput late, String path) {
        if (!path.startsWith(late.folder())) {
            return files.contains(path);
        }
        late.written().join();
        return Files.isRegularFile(site.resolve(path));
    }

    /** Every rule's id and one-line description, in the order {@link Rules} lists them: for a new site's {@code checks:}. */
    public static Map<String, String> ruleDescriptions() {
        Map<String, String> rules = new LinkedHashMap<>();
        Rules.ALL.forEach(rule -> rules.put(rule.id(), rule.description()));
        return rules;
    }

    /** A rule's level for a site: as {@code checks:} sets it, or the rule's default. */
    public static CheckLevel level(CheckSettings settings, String rule) {
        return Rules.level(settings, rule);
    }

    /** Every rule's level for a site, as {@code checks:} sets it or by the rule's default, in the order of {@link #ruleDescriptions}. */
    public static Map<String, CheckLevel> levels(CheckSettings settings) {
        Map<String, CheckLevel> levels = new LinkedHashMap<>();
        Rules.ALL.forEach(rule -> levels.put(rule.id(), Rules.level(settings, rule.id())));
        return levels;
    }

    /** A problem for every name under {@code checks:} in {@code site.yml} that is no check's id. */
    public static List<Problem> unknownRules(CheckSettings settings) {
        return Rules.unknown(settings);
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
