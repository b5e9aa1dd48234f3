package dev.faqsite.report;

import dev.faqsite.diag.Problem;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * JUnit XML, as CI test views read it: a test suite per rule, a test case per rule and file. A file with an error
 * fails its case; warnings are listed in a passing case's output; a rule that found nothing is one passing case, and
 * a rule that is off or did not run is skipped.
 */
final class JunitReport {

    /** The case of a rule that found nothing: it held for every page and file. */
    static final String EVERY_FILE = "every file";

    private JunitReport() {
    }

    static void write(RunReport report, Writer out) throws IOException {
        Map<String, Map<String, List<Problem>>> byRule = new TreeMap<>();
        for (Problem problem : report.problems()) {
            byRule.computeIfAbsent(RunReport.ruleOf(problem), r -> new TreeMap<>())
                    .computeIfAbsent(problem.where().path(), f -> new ArrayList<>()).add(problem);
        }
        List<Suite> suites = new ArrayList<>();
        for (RunReport.Rule rule : report.rules()) {
            suites.add(new Suite(rule, byRule.getOrDefault(rule.id(), Map.of()), skipReason(report, rule)));
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "faqsite " + report.command());
            xml.writeAttribute("tests", Integer.toString(suites.stream().mapToInt(Suite::tests).sum()));
            xml.writeAttribute("failures", Integer.toString(suites.stream().mapToInt(Suite::failures).sum()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Integer.toString(suites.stream().mapToInt(Suite::skipped).sum()));
            for (Suite suite : suites) {
                suite.write(xml);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static String skipReason(RunReport report, RunReport.Rule rule) {
        if (rule.level().equals("off")) {
            return "checks." + rule.id() + " is off in site.yml";
        }
        if (rule.onDemand()) {
            return "not asked for (faqsite check --external fetches external links)";
        }
        return rule.check() && !report.checksRan() ? "the checks did not run (faqsite check or build --strict runs them)" : "";
    }

    /** One rule's cases. */
    private record Suite(RunReport.Rule rule, Map<String, List<Problem>> byFile, String skipReason) {

        int tests() {
            return Math.max(1, byFile.size());
        }

        int failures() {
            return (int) byFile.values().stream().filter(ps -> ps.stream().anyMatch(Problem::isError)).count();
        }

        int skipped() {
            return byFile.isEmpty() && !skipReason.isEmpty() ? 1 : 0;
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", rule.id());
            xml.writeAttribute("tests", Integer.toString(tests()));
            xml.writeAttribute("failures", Integer.toString(failures()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Integer.toString(skipped()));
            if (byFile.isEmpty()) {
                startCase(xml, EVERY_FILE);
                if (!skipReason.isEmpty()) {
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", skipReason);
                }
                xml.writeEndElement();
            }
            for (Map.Entry<String, List<Problem>> file : byFile.entrySet()) {
                startCase(xml, file.getKey());
                List<Problem> errors = file.getValue().stream().filter(Problem::isError).toList();
                if (!errors.isEmpty()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", rule.id());
                    xml.writeAttribute("message", errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
                    xml.writeCharacters(lines(errors));
                    xml.writeEndElement();
                }
                List<Problem> warnings = file.getValue().stream().filter(p -> !p.isError()).toList();
                if (!warnings.isEmpty()) {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(lines(warnings));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }

        private void startCase(XMLStreamWriter xml, String name) throws XMLStreamException {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "faqsite." + rule.id());
            xml.writeAttribute("name", name);
        }

        private static String lines(List<Problem> problems) {
            return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
        }
    }
}
