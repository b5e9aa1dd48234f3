package dev.faqsite.build;

import dev.faqsite.testing.Sites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * One minimal broken site per error under {@code src/test/resources/sites/invalid/}; its {@code expected.txt} holds
 * the exact report, {@code path:line:col: error: message (hint)}, one problem per line.
 */
class InvalidSitesIT {

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"malformed-front-matter", "unclosed-front-matter", "missing-title", "non-numeric-order",
            "category-without-metadata", "duplicate-url", "duplicate-slug", "missing-md-link", "template-error", "many-problems",
            "unknown-admonition", "key-check-missing-answer", "widget-without-checker", "widget-twice",
            "widget-unknown-front-matter", "component-unknown", "component-unknown-attribute", "component-missing-attribute",
            "component-wrong-types", "component-unclosed-attributes", "component-duplicate-attribute", "component-never-closed",
            "component-takes-no-content", "component-without-declaration", "component-bad-declaration", "include-cycle",
            "include-missing", "include-page", "include-findings-inside", "redirect-to-draft",
            "redirect-over-page", "redirect-not-a-path", "redirect-declared-twice",
            "tab-outside-tabs", "tabs-without-tab",
            "tabs-content-between-tabs", "tab-duplicate-value", "tab-two-defaults", "tab-missing-label",
            "category-text-error", "category-text-orphan", "category-redirect-claimed-twice"})
    void reportsContentProblemsWithTheirSourceLine(String name) throws Exception {
        BuildResult result = Sites.build(Sites.fixture("invalid/" + name), out.resolve("site"));
        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status());
        assertEquals(expected(name), Sites.problems(result));
        assertFalse(Files.exists(out.resolve("site")), "a failed build publishes nothing");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-config-key", "wrong-config-type", "unknown-markdown-extension", "key-check-bad-region",
            "unknown-check"})
    void reportsConfigProblemsNamingTheKeyAndLine(String name) throws Exception {
        BuildResult result = Sites.build(Sites.fixture("invalid/" + name), out.resolve("site"));
        assertEquals(BuildResult.Status.CONFIG_ERRORS, result.status());
        assertEquals(expected(name), Sites.problems(result));
    }

    private static String expected(String name) throws Exception {
        return Files.readString(Sites.fixture("invalid/" + name).resolve("expected.txt")).strip();
    }
}
