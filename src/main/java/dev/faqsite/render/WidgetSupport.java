package dev.faqsite.render;

import dev.faqsite.render.Views.KeyCheckView;
import dev.faqsite.render.Views.RatingsView;

import java.util.Optional;

/**
 * What a site offers the built-in widgets: each is there only when {@code site.yml} turns its feature on.
 *
 * @param ratings  the ratings widget's view, when the site collects ratings
 * @param keyCheck the key checker's view, when the site has the checker
 */
record WidgetSupport(Optional<RatingsView> ratings, Optional<KeyCheckView> keyCheck) {
}
