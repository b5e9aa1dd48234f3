package dev.faqsite.render;

import dev.faqsite.model.Category;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.SidebarSettings;
import dev.faqsite.render.Views.SidebarCategory;
import dev.faqsite.render.Views.SidebarItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds each page's sidebar in time independent of the site's size: every category's collapsed entry is built once
 * per bake and shared; only the current category's entry is made per page, from a bounded window of its questions.
 * (Generators that loop over a whole category per page go quadratic; see the benchmarks.) A closed category larger
 * than {@link SidebarSettings#inlineItems()} carries no questions in the page: the reader's browser loads them from
 * {@link #FRAGMENT} when the category is opened.
 */
final class SidebarBuilder {

    /** The file, in each category's folder, listing all its questions for the sidebar. */
    static final String FRAGMENT = "_sidebar.html";

    private final NavTree tree;
    private final SidebarSettings settings;
    private final List<SidebarCategory> collapsed;
    private final Map<String, List<SidebarItem>> itemsByCategory = new HashMap<>();
    private final Map<String, Integer> indexInCategory = new HashMap<>();

    SidebarBuilder(NavTree tree, SidebarSettings settings) {
        this.tree = tree;
        this.settings = settings;
        List<SidebarCategory> entries = new ArrayList<>();
        for (NavTree.Section section : tree.sections()) {
            List<Question> questions = section.questions();
            List<SidebarItem> items = new ArrayList<>(questions.size());
            for (int i = 0; i < questions.size(); i++) {
                items.add(new SidebarItem(questions.get(i).title(), questions.get(i).url()));
                indexInCategory.put(questions.get(i).url(), i);
            }
            itemsByCategory.put(section.category().id(), List.copyOf(items));
            entries.add(entry(section.category(), false, 0));
        }
        this.collapsed = List.copyOf(entries);
    }

    /** The sidebar of a question page: its category open, its window around the question. */
    List<SidebarCategory> forQuestion(Question question) {
        return withExpanded(question.categoryId(), indexInCategory.getOrDefault(question.url(), 0));
    }

    /** The sidebar of a category page: that category open from its first question. */
    List<SidebarCategory> forCategory(Category category) {
        return withExpanded(category.id(), 0);
    }

    /** The sidebar of pages outside any category. */
    List<SidebarCategory> collapsed() {
        return collapsed;
    }

    private List<SidebarCategory> withExpanded(String categoryId, int around) {
        List<SidebarCategory> out = new ArrayList<>(collapsed.size());
        for (int i = 0; i < collapsed.size(); i++) {
            SidebarCategory entry = collapsed.get(i);
            out.add(entry.id().equals(categoryId)
                    ? entry(tree.sections().get(i).category(), true, around)
                    : entry);
        }
        return out;
    }

    /** Every question of a category, for its sidebar fragment. */
    List<SidebarItem> allItems(Category category) {
        return itemsByCategory.get(category.id());
    }

    private SidebarCategory entry(Category category, boolean expanded, int around) {
        List<SidebarItem> all = itemsByCategory.get(category.id());
        if (!expanded && all.size() > settings.inlineItems()) {
            return new SidebarCategory(category.id(), category.label(), category.url(), false, List.of(), all.size(), true,
                    category.url() + FRAGMENT);
        }
        int max = settings.maxItems();
        if (all.size() <= max) {
            return new SidebarCategory(category.id(), category.label(), category.url(), expanded, all, all.size(), false, "");
        }
        int start = Math.max(0, Math.min(around - max / 2, all.size() - max));
        return new SidebarCategory(category.id(), category.label(), category.url(), expanded,
                all.subList(start, start + max), all.size(), true, "");
    }
}
