package dev.faqsite.check;

import java.util.function.Consumer;

/**
 * A rule that judges one page at a time, on the page's facts parsed once and shared by every rule. A new rule is one
 * subclass, listed in {@link Rules}, and a fixture site under {@code src/test/resources/sites/checks/<id>/} with its
 * exact report.
 */
abstract class PageRule implements Rule {

    private final String id;
    private final String description;

    protected PageRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    abstract void check(PageFacts page, Consumer<Finding> out);

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }
}
