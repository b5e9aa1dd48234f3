package dev.faqsite.report;

import dev.faqsite.diag.Problem;
import dev.faqsite.diag.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GithubReportTest {

    @Test
    void putsEachFindingOnItsLineOfThePullRequestWithTheRuleAsTitle() {
        String out = Reports.write(ReportFormat.GITHUB, Reports.sample());
        assertTrue(out.contains("::error file=docs/content/faq/market data/depth.md,line=9,col=4,title=broken-anchor::"
                + "link to a missing anchor #depth-levels in /faq/market-data/depth/ (check the target page's headings)\n"), out);
        assertTrue(out.contains("::warning file=docs/content/faq/market data/depth.md,line=7,col=1,title=broken-link::"), out);
        assertTrue(out.endsWith("faqsite check failed: 4 errors, 1 warning\n"), out);
    }

    @Test
    void escapesPercentCarriageReturnAndLineFeedInTheMessage() {
        String out = Reports.write(ReportFormat.GITHUB, Reports.sample());
        assertTrue(out.contains("title=content::'order' must be a whole number, got '50%25,%0Athen: more' (write a number such as 3)\n"), out);
        assertEquals("a%25b%0Dc%0Ad", GithubReport.data("a%b\rc\nd"));
    }

    @Test
    void escapesColonsAndCommasInProperties() {
        Problem problem = Problem.error(new SourceRef("content/faq/a,b:c.md", 2, 3), "m", "");
        assertEquals("::error file=content/faq/a%2Cb%3Ac.md,line=2,col=3,title=content::m",
                GithubReport.command(problem, Optional.of("content/faq/a,b:c.md")));
    }

    @Test
    void aBuiltInTemplateIsAnnotatedOnTheRunWithItsPlaceInTheText() {
        String out = Reports.write(ReportFormat.GITHUB, Reports.sample());
        assertTrue(out.contains("::error title=accessible-name::built-in templates/partials/footer.ftl:4:1: button without an accessible name (give it text)\n"), out);
    }
}
