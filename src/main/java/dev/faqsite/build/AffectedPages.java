package dev.faqsite.build;

import dev.faqsite.model.CategoryText;
import dev.faqsite.model.NavTree;
import dev.faqsite.model.Question;
import dev.faqsite.model.SiteContent;
import dev.faqsite.model.Snippet;
import dev.faqsite.render.RenderScope;
import dev.faqsite.render.RenderedPage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pages a content change of the live site renders again ({@link LiveSite}): the edited question pages, their
 * category pages when a description changed, the pages that include a changed snippet, the pages of changed category
 * texts — or every page when the navigation changed. Remembers what the published site was rendered from, to compare
 * the next change with. Not thread-safe: used under the live site's lock.
 */
final class AffectedPages {

    private Map<String, Snippet> snippets = Map.of();
    private Map<String, CategoryText> texts = Map.of();
    /** Each question page's includes as last rendered: a changed snippet renders its includers again. */
    private final Map<String, Set<String>> includes = new HashMap<>();

    /** The category texts of the published site. */
    Map<String, CategoryText> texts() {
        return texts;
    }

    /**
     * The pages a content change renders.
     *
     * @param before the published navigation
     * @param after  the navigation after the change
     * @param now    the content re-read, when content files changed
     */
    RenderScope of(NavTree before, NavTree after, Optional<SiteContent> now) {
        RenderScope scope = withIncluders(scope(before, after), changedSnippets(now.map(SiteContent::snippets).orElse(snippets)));
        return withTexts(scope, now.map(SiteContent::texts).orElse(texts));
    }

    /** After a change was published: what the site is now rendered from. */
    void published(Optional<SiteContent> now, List<RenderedPage> pages) {
        now.ifPresent(c -> snippets = c.snippets());
        now.ifPresent(c -> texts = c.texts());
        remember(pages);
    }

    /** After a full rebuild was published. */
    void rebuilt(Map<String, Snippet> snippets, Map<String, CategoryText> texts, List<RenderedPage> pages) {
        this.snippets = snippets;
        this.texts = texts;
        includes.clear();
        remember(pages);
    }

    /** Which pages a content change affects, given the navigation before and after it. */
    static RenderScope scope(NavTree before, NavTree after) {
        if (!navigation(before).equals(navigation(after))) {
            return RenderScope.ALL;
        }
        Map<String, Question> previous = new HashMap<>();
        before.readingOrder().forEach(q -> previous.put(q.url(), q));
        Set<String> questions = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (Question q : after.readingOrder()) {
            Question old = previous.get(q.url());
            if (old == null || !old.contentHash().equals(q.contentHash())) {
                questions.add(q.url());
                if (old == null || !old.frontMatter().description().equals(q.frontMatter().description())) {
                    categories.add(q.categoryId());
                }
            }
        }
        return new RenderScope(false, questions, categories);
    }

    /** The snippets added, removed or changed since the published site. */
    private Set<String> changedSnippets(Map<String, Snippet> after) {
        Set<String> changed = new HashSet<>();
        snippets.forEach((file, snippet) -> {
            if (!snippet.equals(after.get(file))) {
                changed.add(file);
            }
        });
        after.keySet().stream().filter(file -> !snippets.containsKey(file)).forEach(changed::add);
        return changed;
    }

    /** The scope, with every question page that includes a changed snippet. */
    private RenderScope withIncluders(RenderScope scope, Set<String> changedSnippets) {
        if (scope.all() || changedSnippets.isEmpty()) {
            return scope;
        }
        Set<String> questions = new HashSet<>(scope.questionUrls());
        includes.forEach((url, files) -> {
            if (files.stream().anyMatch(changedSnippets::contains)) {
                questions.add(url);
            }
        });
        return new RenderScope(false, questions, scope.categoryIds());
    }

    /** The scope, with the page of every category whose own text ({@code _index.md}) was added, changed or removed. */
    private RenderScope withTexts(RenderScope scope, Map<String, CategoryText> after) {
        Set<String> categories = new HashSet<>(scope.categoryIds());
        texts.forEach((id, text) -> {
            if (!text.equals(after.get(id))) {
                categories.add(id);
            }
        });
        after.keySet().stream().filter(id -> !texts.containsKey(id)).forEach(categories::add);
        return scope.all() || categories.equals(scope.categoryIds()) ? scope : new RenderScope(false, scope.questionUrls(), categories);
    }

    private void remember(List<RenderedPage> pages) {
        pages.stream().filter(p -> p.question().isPresent()).forEach(p -> includes.put(p.url(), p.includes()));
    }

    /** What every sidebar and previous/next link shows: if it changed, every page changes. */
    private static List<String> navigation(NavTree tree) {
        List<String> key = new ArrayList<>();
        for (NavTree.Section section : tree.sections()) {
            key.add(section.category().id() + "|" + section.category().label() + "|" + section.category().description());
            section.questions().forEach(q -> key.add(q.url() + "|" + q.title()));
        }
        return key;
    }
}
