package dev.faqsite.render;

import dev.faqsite.diag.SourceRef;
import dev.faqsite.markdown.Finding;
import dev.faqsite.model.FrontMatter;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code ::key-check}: checks a key in every region, linking to the full checker. */
final class KeyCheckWidget implements Widget {

    @Override
    public String name() {
        return FrontMatter.KEY_CHECK_WIDGET;
    }

    @Override
    public Optional<Map<String, Object>> variables(WidgetSupport site, SourceRef where, Consumer<Finding> findings) {
        if (site.keyCheck().isEmpty()) {
            findings.accept(new Finding(where, "the '" + name() + "' widget needs the key checker",
                    "add a 'key_check:' section to site.yml, or remove the widget"));
        }
        return site.keyCheck().map(view -> Map.of("view", view));
    }
}
