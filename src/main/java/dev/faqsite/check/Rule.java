package dev.faqsite.check;

/** A check over the built site, named in {@code site.yml}'s {@code checks:} and in findings by its id. See {@link Rules}. */
interface Rule {

    /** e.g. {@code broken-link} */
    String id();

    /** One line for the README's table and for authors. */
    String description();
}
