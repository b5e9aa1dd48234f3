package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

import java.util.Map;

/**
 * The level of each check as {@code checks:} in {@code site.yml} sets it; a rule not configured has its own default
 * level, which the checks know (strict: errors, but for external links). The names are the checks' ids
 * ({@code broken-link} …); which names exist is the checks' own list, validated against {@link #written}.
 *
 * @param levels  by rule id
 * @param written where each rule id is written, to report one that is not a rule
 */
public record CheckSettings(Map<String, CheckLevel> levels, Map<String, SourceRef> written) {

    public static final CheckSettings STRICT = new CheckSettings(Map.of(), Map.of());

    public CheckSettings {
        levels = Map.copyOf(levels);
        written = Map.copyOf(written);
    }

    /** The level {@code site.yml} sets for a rule, or {@code byDefault}: the rule's own default, which the checks know. */
    public CheckLevel level(String rule, CheckLevel byDefault) {
        return levels.getOrDefault(rule, byDefault);
    }
}
