package dev.faqsite.check;

import dev.faqsite.diag.SourceRef;
import dev.faqsite.markdown.Heading;
import dev.faqsite.markdown.LinkNote;
import dev.faqsite.model.Question;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.TemplateSource;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * Traces an element of a built page to the line that produced it: an answer's heading, link or image to its Markdown
 * line (recorded while rendering), anything else to the template line whose markup matches it best.
 */
final class SourceLocator {

    private static final List<String> STATIC_ATTRIBUTES = List.of("id", "class", "name", "type", "rel", "role", "aria-label", "property");

    /** The element the templates put a rendered answer in: what is inside it comes from the Markdown file. */
    static final String ANSWER = ".answer-body";

    private final List<TemplateSource> templates;

    SourceLocator(List<TemplateSource> templates) {
        this.templates = templates;
    }

    SourceRef locate(RenderedPage page, Element element) {
        return fromMarkdown(page, element).orElseGet(() -> fromTemplates(page, element));
    }

    private Optional<SourceRef> fromMarkdown(RenderedPage page, Element element) {
        if (page.question().isEmpty()) {
            return ownText(page, element); // a category's _index.md: its headings and links are recorded too
        }
        Question question = page.question().get();
        String path = question.source().path();
        String tag = element.normalName();
        if (tag.equals("meta") || tag.equals("head") || tag.equals("title")) {
            // a question's title and description come from its front matter: the line of the key
            boolean description = element.attr("name").equals("description") || element.attr("property").endsWith(":description");
            return Optional.of(question.frontMatter().positions().of(description ? "description" : "title"));
        }
        if (tag.equals("script") && element.attr("type").equalsIgnoreCase("application/ld+json") && !writtenInTemplate(element)) {
            // faqsite's FAQPage and BreadcrumbList are generated from the question and its answer: the template only
            // places them, and the author looks at the question
            return Optional.of(new SourceRef(path, question.bodyLine(), 1));
        }
        if (tag.matches("h[1-6]")) {
            for (Heading heading : page.headings()) {
                if (heading.id().equals(element.id()) && ("h" + heading.level()).equals(tag)) {
                    return Optional.of(heading.where());
                }
            }
            if (tag.equals("h1") && element.closest(ANSWER) == null && element.text().strip().equals(question.title())) {
                return Optional.of(question.frontMatter().positions().of("title"));
            }
        }
        Optional<LinkNote> link = markdownLink(page, element);
        if (link.isPresent()) {
            return Optional.of(link.get().where());
        }
        if (element.closest(ANSWER) != null) {
            // inside the answer but not a recorded node (e.g. raw HTML): the start of the answer is the best we know
            return Optional.of(new SourceRef(path, question.bodyLine(), 1));
        }
        return Optional.empty();
    }

    /** Whether a script's data is written out in a template (a site's own JSON-LD), rather than generated. */
    private boolean writtenInTemplate(Element script) {
        String data = script.data().strip();
        if (data.isEmpty()) {
            return true;
        }
        String start = data.substring(0, Math.min(40, data.length()));
        return templates.stream().anyMatch(t -> t.lines().stream().anyMatch(line -> line.contains(start)));
    }

    private static Optional<SourceRef> ownText(RenderedPage page, Element element) {
        for (Heading heading : page.headings()) {
            if (heading.id().equals(element.id()) && ("h" + heading.level()).equals(element.normalName())) {
                return Optional.of(heading.where());
            }
        }
        return markdownLink(page, element).map(LinkNote::where);
    }

    /** The answer's Markdown link or image an {@code <a>} or {@code <img>} was rendered from, matched by its target. */
    static Optional<LinkNote> markdownLink(RenderedPage page, Element element) {
        String tag = element.normalName();
        if (!tag.equals("a") && !tag.equals("img")) {
            return Optional.empty();
        }
        String target = element.attr(tag.equals("a") ? "href" : "src");
        return page.links().stream().filter(link -> link.image() == tag.equals("img") && link.href().equals(target)).findFirst();
    }

    /**
     * Picks the template that holds the element's nearest ancestor with a static id, class or label (the element
     * itself first), then, from that ancestor's line on, the line opening the element's tag whose static attributes
     * match best.
     */
    private SourceRef fromTemplates(RenderedPage page, Element element) {
        String tag = "<" + element.normalName();
        List<Element> chain = new java.util.ArrayList<>();
        for (Element e = element; e != null; e = e.parent()) {
            chain.add(e);
        }
        SourceRef best = null;
        int bestScore = -1;
        for (TemplateSource template : templates) {
            int anchorLine = 0;
            int fileScore = template.name().equals(page.template()) ? 1 : 0;
            outer:
            for (int distance = 0; distance < chain.size(); distance++) {
                for (String signature : signatures(chain.get(distance))) {
                    for (int i = 0; i < template.lines().size(); i++) {
                        if (template.lines().get(i).contains(signature)) {
                            fileScore += 1000 - distance * 10;
                            anchorLine = i;
                            break outer;
                        }
                    }
                }
            }
            for (int i = anchorLine; i < template.lines().size(); i++) {
                String line = template.lines().get(i);
                int at = indexOfTag(line, tag);
                if (at < 0) {
                    continue;
                }
                int score = (fileScore * 10 + enclosingTags(template, chain)) * 100 + attributeMatches(element, line);
                if (score > bestScore) {
                    bestScore = score;
                    best = new SourceRef(template.displayPath(), i + 1, at + 1);
                }
                break;
            }
        }
        if (best != null) {
            return best;
        }
        String own = templates.stream().filter(t -> t.name().equals(page.template())).map(TemplateSource::displayPath)
                .findFirst().orElse("templates/" + page.template());
        return SourceRef.of(own);
    }

    /**
     * How many of the element's nearest enclosing tags the template opens: between templates that match equally
     * (a {@code <script>} in several partials), the one that also holds its {@code <head>} produced it.
     */
    private static int enclosingTags(TemplateSource template, List<Element> chain) {
        int found = 0;
        for (int distance = 1; distance < Math.min(chain.size(), 4); distance++) {
            String tag = "<" + chain.get(distance).normalName();
            if (template.lines().stream().anyMatch(line -> indexOfTag(line, tag) >= 0)) {
                found++;
            }
        }
        return found;
    }

    private static List<String> signatures(Element element) {
        List<String> out = new java.util.ArrayList<>();
        for (String attribute : List.of("id", "class", "aria-label")) {
            String value = element.attr(attribute);
            if (!value.isBlank()) {
                out.add(attribute + "=\"" + value.split("\\s+")[0]);
            }
        }
        return out;
    }

    private static int attributeMatches(Element element, String line) {
        int score = 0;
        for (String attribute : STATIC_ATTRIBUTES) {
            String value = element.attr(attribute);
            if (!value.isEmpty() && line.contains(attribute + "=\"" + value.split("\\s+")[0])) {
                score += 4;
            } else if (element.hasAttr(attribute) && line.contains(attribute + "=")) {
                score += 1;
            }
        }
        return score;
    }

    private static int indexOfTag(String line, String tag) {
        int at = line.indexOf(tag);
        while (at >= 0) {
            int end = at + tag.length();
            if (end == line.length() || !Character.isLetterOrDigit(line.charAt(end))) {
                return at;
            }
            at = line.indexOf(tag, end);
        }
        return -1;
    }
}
