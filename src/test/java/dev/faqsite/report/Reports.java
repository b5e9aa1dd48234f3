package dev.faqsite.report;

import dev.faqsite.check.SiteChecker;
import dev.faqsite.diag.Problem;
import dev.faqsite.diag.Severity;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CheckLevel;
import dev.faqsite.model.CheckSettings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A run with problems of every kind, as the report tests write it. */
final class Reports {

    private Reports() {
    }

    /** Problems of a site in {@code docs/} of its repository: a check's error and warning, content, a built-in template. */
    static RunReport sample() {
        List<Problem> problems = List.of(
                new Problem(Severity.ERROR, new SourceRef("content/faq/market data/depth.md", 9, 4),
                        "link to a missing anchor #depth-levels in /faq/market-data/depth/", "check the target page's headings",
                        "broken-anchor"),
                new Problem(Severity.WARNING, new SourceRef("content/faq/market data/depth.md", 7, 1),
                        "link to a missing page streaming.md", "no published question at content/faq/market data/streaming.md",
                        "broken-link"),
                new Problem(Severity.ERROR, new SourceRef("content/faq/market data/depth.md", 12, 1),
                        "image without alt text: /img/a.png", "", "image-alt"),
                Problem.error(new SourceRef("content/faq/general/odd.md", 3, 8),
                        "'order' must be a whole number, got '50%,\nthen: more'", "write a number such as 3"),
                new Problem(Severity.ERROR, new SourceRef("built-in templates/partials/footer.ftl", 4, 1),
                        "button without an accessible name", "give it text", "accessible-name"));
        CheckSettings settings = new CheckSettings(Map.of("broken-link", CheckLevel.WARNING, "lang", CheckLevel.OFF), Map.of());
        return new RunReport("1.2.3", "check", RunReport.Outcome.FAILED, 0, true, problems.stream().sorted().toList(),
                RunReport.rules(SiteChecker.ruleDescriptions(), SiteChecker.levels(settings), Set.of(SiteChecker.EXTERNAL_LINK)),
                new RepoPaths("docs"));
    }

    static String write(ReportFormat format, RunReport report) {
        StringWriter out = new StringWriter();
        try {
            format.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
