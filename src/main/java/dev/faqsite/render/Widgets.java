package dev.faqsite.render;

import java.util.List;
import java.util.Optional;

/** The built-in widgets, listed in one place. */
final class Widgets {

    static final List<Widget> ALL = List.of(new KeyCheckWidget(), new RatingWidget());

    private Widgets() {
    }

    static Optional<Widget> named(String name) {
        return ALL.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(Widget::name).sorted().toList();
    }
}
