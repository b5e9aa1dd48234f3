package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NavTreeTest {

    private static Category category(String id, int position) {
        return new Category(id, id.toUpperCase(), position, "", SourceRef.of(id));
    }

    private static Question question(String category, String slug, Integer order, boolean draft) {
        FrontMatter fm = new FrontMatter("Q " + slug, "", Optional.ofNullable(order), Optional.empty(), List.of(), draft, Optional.empty(), List.of(), List.of(),
                new KeyPositions(SourceRef.of(slug + ".md"), java.util.Map.of()));
        return new Question(category, slug, fm, SourceRef.of(slug + ".md"), 5, "", "h");
    }

    private final Category alpha = category("alpha", 2);
    private final Category beta = category("beta", 1);
    private final Question a1 = question("alpha", "a1", 1, false);
    private final Question a2 = question("alpha", "a2", 2, false);
    private final Question aDraft = question("alpha", "a-draft", 3, true);
    private final Question aUnordered = question("alpha", "a0", null, false);
    private final Question b1 = question("beta", "b1", 1, false);
    private final NavTree tree = NavTree.of(List.of(alpha, beta), List.of(a2, aUnordered, a1, aDraft, b1), false);

    @Test
    void ordersCategoriesByPositionAndQuestionsByOrderWithUnorderedLast() {
        assertEquals(List.of("beta", "alpha"), tree.sections().stream().map(s -> s.category().id()).toList());
        assertEquals(List.of(b1, a1, a2, aUnordered), tree.readingOrder());
    }

    @Test
    void leavesDraftsOutUnlessAskedFor() {
        assertFalse(tree.readingOrder().contains(aDraft));
        assertTrue(NavTree.of(List.of(alpha, beta), List.of(a1, aDraft), true).readingOrder().contains(aDraft));
    }

    @Test
    void previousAndNextCrossCategoryBoundaries() {
        assertEquals(Optional.of(a1), tree.next(b1));
        assertEquals(Optional.of(b1), tree.previous(a1));
        assertEquals(Optional.empty(), tree.previous(b1));
        assertEquals(Optional.empty(), tree.next(aUnordered));
    }

    @Test
    void breadcrumbsLeadFromHomeThroughFaqAndCategoryToTheQuestion() {
        assertEquals(List.of(new Crumb("Home", "/"), new Crumb("FAQ", "/faq/"), new Crumb("ALPHA", "/faq/alpha/"),
                new Crumb("Q a2", "/faq/alpha/a2/")), tree.breadcrumbs(a2));
    }

    @Test
    void keepsEmptyCategoriesInTheSidebarOrder() {
        NavTree withEmpty = NavTree.of(List.of(alpha, beta, category("gamma", 3)), List.of(a1), false);
        assertEquals(List.of("beta", "alpha", "gamma"), withEmpty.sections().stream().map(s -> s.category().id()).toList());
        assertTrue(withEmpty.section("gamma").orElseThrow().questions().isEmpty());
    }
}
