package dev.faqsite.markdown;

import java.util.List;

/**
 * A component written in Markdown: a leaf {@code ::name[label]{attributes}} on a line of its own, or a container
 * {@code :::name[label]{attributes}} … {@code :::} around Markdown blocks (the outer one with more colons when they
 * nest). What it renders to is up to the page's {@link Components}.
 */
final class Directive extends FencedBlock {

    private final String name;
    private final String label;
    private final Attributes attributes;
    private final List<Attributes.Problem> problems;
    private final boolean leaf;
    private final int col;

    /**
     * @param col      the column of its first colon
     * @param problems what is wrong in its attributes
     */
    Directive(String name, String label, Attributes attributes, List<Attributes.Problem> problems, boolean leaf, int col) {
        this.name = name;
        this.label = label;
        this.attributes = attributes;
        this.problems = List.copyOf(problems);
        this.leaf = leaf;
        this.col = col;
        if (leaf) {
            markClosed();
        }
    }

    String name() {
        return name;
    }

    String label() {
        return label;
    }

    Attributes attributes() {
        return attributes;
    }

    List<Attributes.Problem> problems() {
        return problems;
    }

    boolean leaf() {
        return leaf;
    }

    int col() {
        return col;
    }

    /** How the author wrote its opening, for messages: {@code ::rating} or {@code :::tabs}. */
    String written() {
        return (leaf ? "::" : ":::") + name;
    }
}
