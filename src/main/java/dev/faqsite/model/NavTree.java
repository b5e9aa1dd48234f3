package dev.faqsite.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FAQ's navigation, computed once per bake: categories in order, each with its questions in order, and the
 * reading order across the whole FAQ that previous/next links follow. Every lookup is constant time so that rendering
 * N pages stays linear in N.
 */
public final class NavTree {

    /** A category with its questions in sidebar order. */
    public record Section(Category category, List<Question> questions) {
        public Section {
            questions = List.copyOf(questions);
        }
    }

    private static final Comparator<Category> CATEGORY_ORDER =
            Comparator.comparingInt(Category::position).thenComparing(Category::label).thenComparing(Category::id);

    // Questions without an order go after the ordered ones; ties fall back to the title, then the slug, so the order
    // never depends on the file system.
    private static final Comparator<Question> QUESTION_ORDER =
            Comparator.<Question>comparingInt(q -> q.frontMatter().order().orElse(Integer.MAX_VALUE))
                    .thenComparing(Question::title)
                    .thenComparing(Question::slug);

    private final List<Section> sections;
    private final List<Question> readingOrder;
    private final Map<String, Integer> positionByUrl;
    private final Map<String, Section> sectionById;

    private NavTree(List<Section> sections) {
        this.sections = List.copyOf(sections);
        List<Question> order = new ArrayList<>();
        Map<String, Section> byId = new HashMap<>();
        for (Section section : sections) {
            order.addAll(section.questions());
            byId.put(section.category().id(), section);
        }
        this.readingOrder = List.copyOf(order);
        this.sectionById = Map.copyOf(byId);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < readingOrder.size(); i++) {
            positions.put(readingOrder.get(i).url(), i);
        }
        this.positionByUrl = Map.copyOf(positions);
    }

    /**
     * Orders categories and questions. Drafts are left out unless {@code includeDrafts}; questions of a category that
     * is not among {@code categories} are left out (the content stage reports them).
     */
    public static NavTree of(List<Category> categories, List<Question> questions, boolean includeDrafts) {
        Map<String, List<Question>> byCategory = new HashMap<>();
        for (Question question : questions) {
            if (includeDrafts || !question.draft()) {
                byCategory.computeIfAbsent(question.categoryId(), k -> new ArrayList<>()).add(question);
            }
        }
        List<Section> sections = categories.stream()
                .sorted(CATEGORY_ORDER)
                .map(c -> new Section(c, byCategory.getOrDefault(c.id(), List.of()).stream().sorted(QUESTION_ORDER).toList()))
                .toList();
        return new NavTree(sections);
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every question in the order a reader pages through the FAQ with "Next". */
    public List<Question> readingOrder() {
        return readingOrder;
    }

    public Optional<Section> section(String categoryId) {
        return Optional.ofNullable(sectionById.get(categoryId));
    }

    public Optional<Question> previous(Question question) {
        int at = positionOf(question);
        return at > 0 ? Optional.of(readingOrder.get(at - 1)) : Optional.empty();
    }

    public Optional<Question> next(Question question) {
        int at = positionOf(question);
        return at + 1 < readingOrder.size() ? Optional.of(readingOrder.get(at + 1)) : Optional.empty();
    }

    /** Home › FAQ › category › question. */
    public List<Crumb> breadcrumbs(Question question) {
        Category category = sectionById.get(question.categoryId()).category();
        return List.of(home(), faq(), new Crumb(category.label(), category.url()), new Crumb(question.title(), question.url()));
    }

    /** Home › FAQ › category. */
    public List<Crumb> breadcrumbs(Category category) {
        return List.of(home(), faq(), new Crumb(category.label(), category.url()));
    }

    /** Home › FAQ. */
    public List<Crumb> faqBreadcrumbs() {
        return List.of(home(), faq());
    }

    private static Crumb home() {
        return new Crumb("Home", "/");
    }

    private static Crumb faq() {
        return new Crumb("FAQ", "/faq/");
    }

    private int positionOf(Question question) {
        Integer at = positionByUrl.get(question.url());
        if (at == null) {
            throw new IllegalArgumentException("not in the navigation: " + question.url());
        }
        return at;
    }
}
