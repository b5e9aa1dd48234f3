package dev.faqsite.testing;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core, the accessibility engine, from npm ({@code npm ci} installs the version pinned in package-lock.json),
 * injected into the page under test: its rules for WCAG 2.x A and AA and its best practices.
 */
public final class Axe {

    private static final Path SCRIPT = Sites.repository().resolve("node_modules/axe-core/axe.min.js");
    private static String source;

    private Axe() {
    }

    /** @return one line per violation: rule, impact, and the elements it was found on */
    @SuppressWarnings("unchecked")
    public static List<String> violations(JavascriptExecutor page) {
        page.executeScript(source());
        Object result = page.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                    }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """);
        return (List<String>) result;
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + SCRIPT + ": run 'npm ci' in the repository", e);
            }
        }
        return source;
    }
}
