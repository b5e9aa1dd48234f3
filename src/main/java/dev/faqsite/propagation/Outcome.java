package dev.faqsite.propagation;

import java.util.Locale;

/**
 * What one region's answer says about the key. Each has words and an icon, so that no page ever relies on colour.
 */
public enum Outcome {
    /** 2xx, or 403 or 550: the region knows the key. */
    ACCEPTED("accepted", "✓", true),
    /** 429: the region knows the key, which is over its rate limit. */
    RATE_LIMITED("accepted, rate-limited", "⚠", true),
    /** 401: the region does not know the key yet — the propagation symptom. */
    NOT_YET("not yet recognised", "◷", false),
    /** 5xx, timeout, DNS, TLS or connection error: says nothing about the key. */
    UNREACHABLE("unreachable", "?", false),
    /** 400, a redirect or another answer that means the probe itself is wrong: a problem of the checker. */
    PROBE_ERROR("probe error", "!", false);

    private final String words;
    private final String icon;
    private final boolean keyKnown;

    Outcome(String words, String icon, boolean keyKnown) {
        this.words = words;
        this.icon = icon;
        this.keyKnown = keyKnown;
    }

    /** As shown in a region's row, e.g. "not yet recognised". */
    public String words() {
        return words;
    }

    /** A symbol shown beside the words, hidden from screen readers. */
    public String icon() {
        return icon;
    }

    /** Whether the region knows the key (whatever else it said). */
    public boolean keyKnown() {
        return keyKnown;
    }

    /** The stable name in the API and in CSS classes, e.g. {@code not-yet}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
