package dev.faqsite.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content tabs, built in: {@code ::::tabs{group="language"}} around {@code :::tab{label="Python" value="python" default}}
 * … {@code :::} (or {@code :::tab Python}, the value then derived from the label). Rendered as every panel in the page,
 * each with its label as a caption, so that without JavaScript the reader sees them all and the search index, the
 * checks and the table of contents see them too; {@code assets/js/tabs.js} turns a set into WAI-ARIA tabs.
 */
final class Tabs {

    static final String SET = "tabs";
    static final String TAB = "tab";
    private static final Set<String> SET_ATTRIBUTES = Set.of("group");
    private static final Set<String> TAB_ATTRIBUTES = Set.of("label", "value", "default");
    private static final String SET_WRITTEN = "'::::tabs'";
    private static final String TAB_WRITTEN = "':::tab'";

    private Tabs() {
    }

    static boolean isTabs(Node node) {
        return node instanceof Directive d && (d.name().equals(SET) || d.name().equals(TAB));
    }

    /** Whether the document has a tab set, so that the page loads the script. */
    static boolean used(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Directive d && d.name().equals(SET)) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong in the document's tab sets, each at its line and column. */
    static void findings(Document document, SourceMap lines, List<Finding> out) {
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Directive d) || !isTabs(d)) {
                continue;
            }
            boolean set = d.name().equals(SET);
            unknownAttributes(d, set ? SET_ATTRIBUTES : TAB_ATTRIBUTES, set ? SET_WRITTEN : TAB_WRITTEN, lines, out);
            if (d.leaf()) {
                out.add(new Finding(lines.at(d.getStartLineNumber(), d.col()), "'::" + d.name() + "' needs content",
                        set ? "write ::::tabs … :::: around its ':::tab' blocks" : "write :::tab{label=\"…\"} … ::: around the tab's content"));
            } else if (set) {
                set(d, lines, out);
            } else if (!(d.getParent() instanceof Directive parent && parent.name().equals(SET))) {
                out.add(new Finding(lines.at(d.getStartLineNumber(), d.col()), TAB_WRITTEN + " is not inside a " + SET_WRITTEN,
                        "write ::::tabs … :::: around the set's :::tab blocks"));
            } else if (label(d).isEmpty()) {
                out.add(new Finding(lines.at(d.getStartLineNumber(), d.col()), TAB_WRITTEN + " has no label",
                        "write :::tab{label=\"Python\"} or :::tab Python"));
            }
        }
    }

    private static void set(Directive set, SourceMap lines, List<Finding> out) {
        Map<String, Integer> values = new HashMap<>();
        int tabs = 0;
        Integer firstDefault = null;
        for (Node child = set.getFirstChild(); child != null; child = child.getNext()) {
            int line = lines.at(child.getStartLineNumber(), 1).line();
            if (!(child instanceof Directive tab && tab.name().equals(TAB) && !tab.leaf())) {
                if (!(child instanceof Directive d && d.name().equals(TAB))) {
                    out.add(new Finding(lines.at(child.getStartLineNumber(), 1), SET_WRITTEN + " holds content outside its tabs",
                            "move it into a :::tab … ::: block, or below the set's closing ::::"));
                }
                continue;
            }
            tabs++;
            String value = value(tab, tabs);
            Integer earlier = values.putIfAbsent(value, line);
            if (earlier != null) {
                out.add(new Finding(lines.at(tab.getStartLineNumber(), tab.col()), "tab value '" + value + "' is used twice in this tab set",
                        "give each tab its own value=\"…\"; the first is on line " + earlier));
            }
            if (tab.attributes().values().containsKey("default")) {
                if (firstDefault != null) {
                    out.add(new Finding(lines.at(tab.getStartLineNumber(), tab.attributes().cols().getOrDefault("default", tab.col())),
                            "two tabs of this set are marked 'default'", "keep 'default' on one tab; the first is on line " + firstDefault));
                } else {
                    firstDefault = line;
                }
            }
        }
        if (tabs == 0 && set.closed()) {
            out.add(new Finding(lines.at(set.getStartLineNumber(), set.col()), SET_WRITTEN + " holds no " + TAB_WRITTEN,
                    "write one :::tab{label=\"…\"} … ::: per tab inside it"));
        }
    }

    private static void unknownAttributes(Directive d, Set<String> known, String written, SourceMap lines, List<Finding> out) {
        for (String name : d.attributes().values().keySet()) {
            if (!known.contains(name)) {
                out.add(new Finding(lines.at(d.getStartLineNumber(), d.attributes().cols().getOrDefault(name, d.col())),
                        "unknown attribute '" + name + "' of " + written, written + " takes " + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    /** The label: {@code label="…"}, else {@code [Label]} or the text after the name. */
    static String label(Directive tab) {
        return tab.attributes().get("label").map(String::strip).filter(s -> !s.isEmpty()).orElse(tab.label());
    }

    /** The value: {@code value="…"}, else derived from the label ("Node.js" → "node-js"), else the tab's place. */
    static String value(Directive tab, int place) {
        String value = tab.attributes().get("value").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (value != null) {
            return value;
        }
        String derived = slug(label(tab));
        return derived.isEmpty() ? "tab-" + place : derived;
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Draws a tab set or a tab; a tab that stands outside a set is drawn as its content (the build fails anyway). */
    static void render(Directive node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        if (node.name().equals(SET)) {
            int set = ordinal(node);
            html.raw("<div class=\"tabs\" id=\"tabs-" + set + "\" data-tabs");
            node.attributes().get("group").map(String::strip).filter(g -> !g.isEmpty())
                    .ifPresent(group -> html.raw(" data-tabs-group=\"" + attr(group) + "\""));
            html.raw(">");
            context.renderChildren(node);
            html.raw("</div>");
        } else if (node.getParent() instanceof Directive parent && parent.name().equals(SET)) {
            int place = 0;
            for (Node n = parent.getFirstChild(); n != null && n != node.getNext(); n = n.getNext()) {
                place += n instanceof Directive d && d.name().equals(TAB) ? 1 : 0;
            }
            String id = "tabs-" + ordinal(parent) + "-" + place;
            String value = value(node, place);
            html.raw("<div class=\"tab-panel\" id=\"" + id + "\" data-tab-value=\"" + attr(value) + "\""
                    + (node.attributes().values().containsKey("default") ? " data-tab-default" : "") + ">");
            html.raw("<p class=\"tab-label\" id=\"" + id + "-label\">").text(label(node)).raw("</p>");
            context.renderChildren(node);
            html.raw("</div>");
        } else {
            context.renderChildren(node);
        }
        html.line();
    }

    /** The set's place among the page's sets, from 1: ids unique on the page. */
    private static int ordinal(Directive set) {
        int n = 0;
        for (Node node : set.getDocument().getDescendants()) {
            if (node instanceof Directive d && d.name().equals(SET)) {
                n++;
                if (node == set) {
                    return n;
                }
            }
        }
        return n;
    }

    private static String attr(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
