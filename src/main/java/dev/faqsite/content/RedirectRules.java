package dev.faqsite.content;

import dev.faqsite.diag.Problem;
import dev.faqsite.model.CategoryText;
import dev.faqsite.model.Question;
import dev.faqsite.model.RedirectFrom;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules of {@code redirect_from:} that span files, checked with the rest of the tree before anything is baked:
 * an old URL leads to a published page, and only one page declares it. Whether an old URL is still a page or a file
 * of the site is known only once the site is baked; the build checks that when it writes the redirects.
 */
final class RedirectRules {

    private RedirectRules() {
    }

    /**
     * Problems of the questions' and categories' redirects, at each {@code redirect_from:} entry, in the order they
     * are declared. A category page is always published, so only a question's redirect can lead to a draft.
     */
    static List<Problem> check(List<Question> questions, Collection<CategoryText> texts, boolean includeDrafts) {
        record Declared(RedirectFrom from, boolean toDraft, String to) {
        }
        List<Declared> declared = Stream.concat(
                        questions.stream().flatMap(q -> q.frontMatter().redirectFrom().stream().map(r -> new Declared(r, q.draft(), q.url()))),
                        texts.stream().flatMap(t -> t.redirectFrom().stream().map(r -> new Declared(r, false, ""))))
                .sorted(Comparator.comparing(d -> d.from().declaredAt()))
                .toList();
        Map<String, RedirectFrom> seen = new HashMap<>();
        return declared.stream().<Problem>mapMulti((d, out) -> {
            String path = d.from().path();
            RedirectFrom earlier = seen.putIfAbsent(path.endsWith("/") ? path : path + "/", d.from());
            if (d.toDraft() && !includeDrafts) {
                out.accept(Problem.error(d.from().declaredAt(), "redirect from " + path + " goes to " + d.to()
                        + ", which is not published", "the page is a draft: publish it, or build with --drafts"));
            } else if (earlier != null) {
                out.accept(Problem.error(d.from().declaredAt(), "redirect from " + path + " is declared twice: here and at "
                        + earlier.declaredAt(), "keep it in one page's redirect_from"));
            }
        }).toList();
    }
}
