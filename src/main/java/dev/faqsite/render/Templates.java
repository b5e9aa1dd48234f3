package dev.faqsite.render;

import dev.faqsite.diag.Problems;

import java.util.Map;
import java.util.Optional;

/**
 * The template engine the pages are drawn with. The bake's JBake adapter provides it; this package only hands it
 * view records, so nothing here knows JBake or Freemarker.
 */
public interface Templates {

    /**
     * @param template  e.g. {@code question.ftl} or {@code components/api-status.ftl}
     * @param content   JBake's {@code content}, for templates that follow JBake's conventions
     * @param variables top-level template variables: view records
     * @return the text, or empty when the template failed; the problem, at the template's line, is then in {@code problems}
     */
    Optional<String> render(String template, PageContent content, Map<String, Object> variables, Problems problems);
}
