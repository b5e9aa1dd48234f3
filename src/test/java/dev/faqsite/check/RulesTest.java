package dev.faqsite.check;

import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.CheckLevel;
import dev.faqsite.model.CheckSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one list of checks: each rule has a unique id, a fixture with its exact report, and a row in the README. */
class RulesTest {

    @Test
    void everyRuleHasAUniqueIdAFixtureSiteAndARowInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> ids = new HashSet<>();
        for (Rule rule : Rules.ALL) {
            assertTrue(ids.add(rule.id()), "two rules are called " + rule.id());
            assertTrue(Files.isRegularFile(Path.of("src/test/resources/sites/checks", rule.id(), "expected.txt")),
                    "rule " + rule.id() + " has no fixture under src/test/resources/sites/checks/" + rule.id() + "/");
            assertTrue(readme.contains("| `" + rule.id() + "` |"), "rule " + rule.id() + " has no row in the README's table of checks");
            assertTrue(!rule.description().isBlank());
        }
    }

    @Test
    void aNameUnderChecksThatIsNoRuleIsReportedAtItsLine() {
        CheckSettings settings = new CheckSettings(Map.of("broken-link", CheckLevel.WARNING, "brokn-anchor", CheckLevel.OFF),
                Map.of("broken-link", new SourceRef("site.yml", 17, 3), "brokn-anchor", new SourceRef("site.yml", 18, 3)));
        assertEquals(List.of("site.yml:18:3: error: unknown key 'checks.brokn-anchor' (known keys: accessible-name, broken-anchor, "
                        + "broken-link, duplicate-id, external-link, headings, image-alt, landmarks, lang, link-text, missing-file, page-meta, structured-data)"),
                Rules.unknown(settings).stream().map(p -> p.format()).toList());
    }
}
