package dev.faqsite.render;

import java.util.Set;

/**
 * Which pages a live rebuild renders again.
 *
 * @param all          every page (a template, an asset or the navigation changed)
 * @param questionUrls these question pages
 * @param categoryIds  these categories' pages (a question's description is listed there)
 */
public record RenderScope(boolean all, Set<String> questionUrls, Set<String> categoryIds) {

    public static final RenderScope ALL = new RenderScope(true, Set.of(), Set.of());

    public RenderScope {
        questionUrls = Set.copyOf(questionUrls);
        categoryIds = Set.copyOf(categoryIds);
    }
}
