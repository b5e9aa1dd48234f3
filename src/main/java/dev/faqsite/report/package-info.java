/**
 * A run's problems in the formats CI systems read: text, a versioned JSON document, GitHub workflow commands, SARIF
 * 2.1.0 and JUnit XML. Each {@link dev.faqsite.report.ReportFormat} writes one {@link dev.faqsite.report.RunReport}
 * (the {@link dev.faqsite.diag.Problem}s of one build or check, with the rules and their levels); paths are mapped to
 * the repository by {@link dev.faqsite.report.RepoPaths}. Depends on diag and model only.
 */
package dev.faqsite.report;
