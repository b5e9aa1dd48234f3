package dev.faqsite.check;

import dev.faqsite.diag.Problem;
import dev.faqsite.model.CheckLevel;
import dev.faqsite.model.CheckSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Every check, listed in one place: the site's {@code checks:} names them, the checker runs them. */
final class Rules {

    static final List<PageRule> PAGE = List.of(new DuplicateIdRule(), new ImageAltRule(), new HeadingsRule(),
            new PageMetaRule(), new LangRule(), new LandmarksRule(), new AccessibleNameRule(), new LinkTextRule(),
            new StructuredDataCheck());

    static final List<Rule> ALL = all();

    private Rules() {
    }

    private static List<Rule> all() {
        List<Rule> all = new ArrayList<>(Arrays.asList(LinkRule.values()));
        all.addAll(PAGE);
        all.add(new ExternalLinkRule());
        return List.copyOf(all);
    }

    /** The level of a rule: as {@code checks:} sets it, or the rule's default. */
    static CheckLevel level(CheckSettings settings, String id) {
        return settings.level(id, ALL.stream().filter(r -> r.id().equals(id)).findFirst()
                .map(Rule::defaultLevel).orElse(CheckLevel.ERROR));
    }

    /** A problem for every name under {@code checks:} that is no rule's id. */
    static List<Problem> unknown(CheckSettings settings) {
        TreeSet<String> known = new TreeSet<>(ALL.stream().map(Rule::id).toList());
        return settings.written().entrySet().stream().filter(e -> !known.contains(e.getKey()))
                .map(e -> Problem.error(e.getValue(), "unknown key 'checks." + e.getKey() + "'", "known keys: " + String.join(", ", known)))
                .sorted().toList();
    }
}
