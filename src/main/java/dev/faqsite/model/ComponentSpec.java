package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

import java.util.List;
import java.util.Optional;

/**
 * A site's own component, declared in {@code templates/components/<name>.yml} beside its template
 * {@code <name>.ftl}, and optionally its own stylesheet and script ({@code <name>.css}, {@code <name>.js}).
 *
 * @param name        what authors write: {@code ::name{…}}
 * @param description one line for authors
 * @param content     whether it is written around Markdown ({@code :::name} … {@code :::}) rather than alone
 * @param attributes  the attributes it takes
 * @param declaredAt  its declaration file
 * @param stylesheet  whether it has a {@code <name>.css}
 * @param script      whether it has a {@code <name>.js}
 */
public record ComponentSpec(String name, String description, boolean content, List<Attribute> attributes,
                            SourceRef declaredAt, boolean stylesheet, boolean script) {

    /** The kinds of value an attribute takes. */
    public enum Type {
        STRING, NUMBER, BOOLEAN, ENUM
    }

    /**
     * One declared attribute.
     *
     * @param values       the allowed values of an {@code enum}
     * @param defaultValue the value when an author writes none (never with {@code required})
     */
    public record Attribute(String name, Type type, boolean required, Optional<String> defaultValue, List<String> values,
                            String description) {
        public Attribute {
            values = List.copyOf(values);
        }
    }

    public ComponentSpec {
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String attribute) {
        return attributes.stream().filter(a -> a.name().equals(attribute)).findFirst();
    }
}
