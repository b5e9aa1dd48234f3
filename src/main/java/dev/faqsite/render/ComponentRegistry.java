package dev.faqsite.render;

import dev.faqsite.diag.Problems;
import dev.faqsite.diag.SourceRef;
import dev.faqsite.markdown.ComponentUse;
import dev.faqsite.markdown.Components;
import dev.faqsite.markdown.Finding;
import dev.faqsite.markdown.MarkdownRenderer;
import dev.faqsite.model.ComponentSpec;
import dev.faqsite.model.Question;
import dev.faqsite.render.Views.SiteView;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The components authors may write in answers — the built-in {@link Widgets} and the site's own components declared in
 * {@code templates/components/} — and how each is drawn. One per bake; {@link #onPage} gives one page's
 * {@link Components}.
 */
final class ComponentRegistry {

    private final Map<String, ComponentSpec> specs = new LinkedHashMap<>();
    private final Templates templates;
    private final WidgetSupport support;
    private final SiteView site;
    private final Problems problems;

    ComponentRegistry(List<ComponentSpec> declared, Templates templates, WidgetSupport support, SiteView site, Problems problems) {
        declared.forEach(spec -> specs.put(spec.name(), spec));
        this.templates = templates;
        this.support = support;
        this.site = site;
        this.problems = problems;
    }

    /** Checks the widgets a question's front matter asks for, at the line of its {@code widgets:}. */
    void checkFrontMatter(Question question, Consumer<Finding> findings) {
        SourceRef where = question.frontMatter().positions().of("widgets");
        for (String name : question.frontMatter().widgets()) {
            Optional<Widget> widget = Widgets.named(name);
            if (widget.isEmpty()) {
                findings.accept(new Finding(where, "unknown widget '" + name + "'", "known widgets: " + String.join(", ", Widgets.names())));
            } else {
                widget.get().variables(support, where, findings);
            }
        }
    }

    OnPage onPage(ComponentPage page, List<String> frontMatterWidgets) {
        return new OnPage(page, frontMatterWidgets);
    }

    /** One page's components: each widget at most once, a component's stylesheet and script before its first use. */
    final class OnPage implements Components {

        private final ComponentPage page;
        private final List<String> frontMatter;
        private final Set<String> placedInAnswer = new HashSet<>();

        private OnPage(ComponentPage page, List<String> frontMatterWidgets) {
            this.page = page;
            this.frontMatter = List.copyOf(frontMatterWidgets);
        }

        /** Whether the answer placed the widget itself. */
        boolean placedInAnswer(String widget) {
            return placedInAnswer.contains(widget);
        }

        @Override
        public String render(ComponentUse use, String body, Consumer<Finding> findings) {
            Optional<Widget> widget = Widgets.named(use.name());
            if (widget.isPresent()) {
                return widget(widget.get(), use, findings);
            }
            ComponentSpec spec = specs.get(use.name());
            if (spec != null) {
                return component(spec, use, body, findings);
            }
            Set<String> known = new TreeSet<>(specs.keySet());
            known.addAll(Widgets.names());
            known.add("include");
            findings.accept(new Finding(use.where(), "unknown component '" + use.written() + "'", "known components: "
                    + String.join(", ", known) + "; admonitions: " + String.join(", ", MarkdownRenderer.admonitionKinds())));
            return "";
        }

        private String widget(Widget widget, ComponentUse use, Consumer<Finding> findings) {
            use.attributes().values().keySet().forEach(a -> findings.accept(new Finding(use.attributeAt(a),
                    "unknown attribute '" + a + "' of '::" + widget.name() + "'", "'::" + widget.name() + "' takes no attributes")));
            if (use.container()) {
                findings.accept(new Finding(use.where(), "'" + use.written() + "' takes no content",
                        "write it alone on its line: ::" + widget.name()));
            }
            if (use.ordinal() > 1 || frontMatter.contains(widget.name())) {
                findings.accept(new Finding(use.where(), "the '" + widget.name() + "' widget is already on this page",
                        "a widget appears once per page, and front matter 'widgets:' places one too; remove this one"));
                return "";
            }
            placedInAnswer.add(widget.name());
            Optional<Map<String, Object>> variables = widget.variables(support, use.where(), findings);
            if (variables.isEmpty()) {
                return "";
            }
            Map<String, Object> all = new HashMap<>(variables.get());
            all.put("site", site);
            all.put("page", page);
            return templates.render(widget.template(), new PageContent("widget", widget.name(), ""), all, problems).orElse("");
        }

        private String component(ComponentSpec spec, ComponentUse use, String body, Consumer<Finding> findings) {
            if (use.container() && !spec.content()) {
                findings.accept(new Finding(use.where(), "'" + use.written() + "' takes no content",
                        "write it alone on its line: ::" + spec.name() + "{…}"));
            }
            Optional<Map<String, Object>> attributes = ComponentAttributes.read(spec, use, findings);
            if (attributes.isEmpty()) {
                return "";
            }
            int n = use.ordinal();
            Map<String, Object> variables = new HashMap<>();
            variables.put("site", site);
            variables.put("page", page);
            variables.put("attrs", attributes.get());
            variables.put("label", use.label());
            variables.put("body", body);
            variables.put("id", spec.name() + "-" + n);
            String html = templates.render(TemplateWorkspace.componentTemplate(spec.name()),
                    new PageContent("component", spec.name(), body), variables, problems).orElse("");
            return n == 1 ? assets(spec) + html : html;
        }

        /** The component's own stylesheet and script, once per page, before its first use (both allowed in the body). */
        private String assets(ComponentSpec spec) {
            StringBuilder out = new StringBuilder();
            if (spec.stylesheet()) {
                out.append("<link rel=\"stylesheet\" href=\"").append(TemplateWorkspace.componentAsset(spec.name(), "css"))
                        .append("?v=").append(site.assetVersion()).append("\">\n");
            }
            if (spec.script()) {
                out.append("<script src=\"").append(TemplateWorkspace.componentAsset(spec.name(), "js"))
                        .append("?v=").append(site.assetVersion()).append("\" defer></script>\n");
            }
            return out.toString();
        }
    }
}
