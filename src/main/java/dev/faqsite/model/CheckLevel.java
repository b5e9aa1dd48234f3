package dev.faqsite.model;

/** What a check's findings are: errors fail {@code check} and {@code build --strict}, warnings are reported. */
public enum CheckLevel {
    ERROR, WARNING, OFF
}
