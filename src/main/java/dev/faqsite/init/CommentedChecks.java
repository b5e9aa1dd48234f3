package dev.faqsite.init;

import dev.faqsite.model.CheckRule;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The {@code checks:} lines of a new site.yml, one per rule this release has, so that none is forgotten. */
final class CommentedChecks {

    private CommentedChecks() {
    }

    static String lines() {
        return Arrays.stream(CheckRule.values())
                .map(rule -> "#  " + rule.id() + ": error  # " + rule.description())
                .collect(Collectors.joining("\n"));
    }
}
