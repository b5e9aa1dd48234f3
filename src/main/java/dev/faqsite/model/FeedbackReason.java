package dev.faqsite.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reasons a reader may tick after a low rating. A fixed list, so that the report can count them; the widget
 * offers exactly these and the API accepts nothing else.
 */
public enum FeedbackReason {
    INACCURATE("inaccurate", "The answer is wrong or out of date"),
    UNCLEAR("unclear", "It is hard to understand"),
    INCOMPLETE("incomplete", "Information or steps are missing"),
    CODE("code", "A code sample does not work"),
    OFF_TOPIC("off-topic", "It does not answer my question");

    private final String id;
    private final String label;

    FeedbackReason(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value sent by the widget and stored, e.g. {@code off-topic}. */
    public String id() {
        return id;
    }

    /** What the reader sees. */
    public String label() {
        return label;
    }

    public static Optional<FeedbackReason> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
