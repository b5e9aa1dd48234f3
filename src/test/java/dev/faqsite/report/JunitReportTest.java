package dev.faqsite.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JunitReportTest {

    private final Document xml = parse(Reports.write(ReportFormat.JUNIT, Reports.sample()));

    @Test
    void hasOneTestCasePerRuleAndFile() {
        List<String> cases = new ArrayList<>();
        NodeList all = xml.getElementsByTagName("testcase");
        for (int i = 0; i < all.getLength(); i++) {
            Element c = (Element) all.item(i);
            if (!c.getAttribute("name").equals(JunitReport.EVERY_FILE)) {
                cases.add(c.getAttribute("classname") + " " + c.getAttribute("name"));
            }
        }
        assertEquals(List.of("faqsite.content content/faq/general/odd.md",
                "faqsite.broken-link content/faq/market data/depth.md",
                "faqsite.broken-anchor content/faq/market data/depth.md",
                "faqsite.image-alt content/faq/market data/depth.md",
                "faqsite.accessible-name built-in templates/partials/footer.ftl"), cases);
    }

    @Test
    void errorsFailTheirCaseAndWarningsPassWithTheirText() {
        Element anchor = suite("broken-anchor");
        assertEquals("1", anchor.getAttribute("failures"));
        Element failure = (Element) anchor.getElementsByTagName("failure").item(0);
        assertEquals("link to a missing anchor #depth-levels in /faq/market-data/depth/", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().startsWith("content/faq/market data/depth.md:9:4: error:"), failure.getTextContent());
        Element link = suite("broken-link");
        assertEquals("0", link.getAttribute("failures"));
        assertTrue(link.getElementsByTagName("system-out").item(0).getTextContent().contains("warning: link to a missing page streaming.md"));
    }

    @Test
    void aRuleThatFoundNothingPassesOnceAndARuleThatIsOffIsSkipped() {
        Element headings = suite("headings");
        assertEquals("1", headings.getAttribute("tests"));
        assertEquals(0, headings.getElementsByTagName("failure").getLength());
        assertEquals(0, headings.getElementsByTagName("skipped").getLength());
        Element lang = suite("lang");
        assertEquals("checks.lang is off in site.yml", ((Element) lang.getElementsByTagName("skipped").item(0)).getAttribute("message"));
        Element external = suite("external-link");
        assertEquals("not asked for (faqsite check --external fetches external links)",
                ((Element) external.getElementsByTagName("skipped").item(0)).getAttribute("message"));
    }

    @Test
    void theTotalsAddUp() {
        Element root = xml.getDocumentElement();
        assertEquals("4", root.getAttribute("failures"));
        assertEquals("2", root.getAttribute("skipped"), "lang is off; external links were not asked for");
        assertEquals(Integer.toString(xml.getElementsByTagName("testcase").getLength()), root.getAttribute("tests"));
    }

    private Element suite(String name) {
        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals(name)) {
                return suite;
            }
        }
        throw new AssertionError("no suite " + name);
    }

    private static Document parse(String text) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
        }
    }
}
