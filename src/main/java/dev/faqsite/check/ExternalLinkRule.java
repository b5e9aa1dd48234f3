package dev.faqsite.check;

import dev.faqsite.model.CheckLevel;

/**
 * External links answer. Listed with the other rules so that {@code checks:} can set its level and reports name it,
 * but judged only by {@code faqsite check --external} (package {@code external}): the build itself stays offline.
 * A warning by default, because other people's servers decide it.
 */
final class ExternalLinkRule implements Rule {

    static final String ID = "external-link";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "external links answer (checked with check --external)";
    }

    @Override
    public CheckLevel defaultLevel() {
        return CheckLevel.WARNING;
    }
}
