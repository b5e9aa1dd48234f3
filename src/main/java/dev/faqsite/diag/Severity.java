package dev.faqsite.diag;

import java.util.Locale;

/** How bad a problem is: an error fails the build, a warning is reported and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed in a finding: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
