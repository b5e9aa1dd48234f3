package dev.faqsite.check;

import dev.faqsite.model.CheckLevel;

/** A check over the built site, named in {@code site.yml}'s {@code checks:} and in findings by its id. See {@link Rules}. */
interface Rule {

    /** e.g. {@code broken-link} */
    String id();

    /** One line for the README's table and for authors. */
    String description();

    /** The level when {@code site.yml} does not set one: strict, unless the rule says otherwise. */
    default CheckLevel defaultLevel() {
        return CheckLevel.ERROR;
    }
}
