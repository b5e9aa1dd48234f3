package dev.faqsite.init;

import dev.faqsite.check.SiteChecker;
import dev.faqsite.model.CheckSettings;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@code checks:} lines of a new site.yml, one per rule this release has at its default level, so that none is forgotten. */
final class CommentedChecks {

    private CommentedChecks() {
    }

    static String lines() {
        Map<String, String> descriptions = SiteChecker.ruleDescriptions();
        return SiteChecker.levels(CheckSettings.STRICT).entrySet().stream()
                .map(rule -> "#  " + rule.getKey() + ": " + rule.getValue().name().toLowerCase(Locale.ROOT)
                        + "  # " + descriptions.get(rule.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
