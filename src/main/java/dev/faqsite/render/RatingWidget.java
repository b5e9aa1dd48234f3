package dev.faqsite.render;

import dev.faqsite.diag.SourceRef;
import dev.faqsite.markdown.Finding;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code ::rating}: "Was this section helpful?" where the author puts it, instead of under the answer. Every page of
 * a site that collects ratings has it anyway; this only moves it.
 */
final class RatingWidget implements Widget {

    static final String NAME = "rating";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Map<String, Object>> variables(WidgetSupport site, SourceRef where, Consumer<Finding> findings) {
        if (site.ratings().isEmpty()) {
            findings.accept(new Finding(where, "the '" + NAME + "' widget needs ratings",
                    "add a 'ratings:' section to site.yml, or remove the widget"));
        }
        return site.ratings().map(view -> Map.of("ratings", view));
    }
}
