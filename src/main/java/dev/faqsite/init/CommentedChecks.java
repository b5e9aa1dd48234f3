package dev.faqsite.init;

import dev.faqsite.check.SiteChecker;

import java.util.stream.Collectors;

/** The {@code checks:} lines of a new site.yml, one per rule this release has, so that none is forgotten. */
final class CommentedChecks {

    private CommentedChecks() {
    }

    static String lines() {
        return SiteChecker.ruleDescriptions().entrySet().stream()
                .map(rule -> "#  " + rule.getKey() + ": error  # " + rule.getValue())
                .collect(Collectors.joining("\n"));
    }
}
