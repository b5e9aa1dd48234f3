package dev.faqsite.model;

import java.util.EnumMap;
import java.util.Map;

/** The level of every check; rules not configured have their {@link CheckRule#defaultLevel()} (strict). */
public record CheckSettings(Map<CheckRule, CheckLevel> levels) {

    public static final CheckSettings STRICT = new CheckSettings(Map.of());

    public CheckSettings {
        levels = levels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(levels));
    }

    public CheckLevel level(CheckRule rule) {
        return levels.getOrDefault(rule, rule.defaultLevel());
    }
}
