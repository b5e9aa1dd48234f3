package dev.faqsite.render;

import dev.faqsite.markdown.ComponentUse;
import dev.faqsite.markdown.Finding;
import dev.faqsite.model.ComponentSpec;
import dev.faqsite.model.ComponentSpec.Attribute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks a component's written attributes against its declaration and gives its template typed values: a number as
 * a number, a boolean as a boolean, defaults filled in. Every unknown, missing or ill-typed attribute is reported at
 * its column.
 */
final class ComponentAttributes {

    private ComponentAttributes() {
    }

    /** @return the values by name (attributes neither written nor defaulted are absent), or empty when any was wrong */
    static Optional<Map<String, Object>> read(ComponentSpec spec, ComponentUse use, Consumer<Finding> findings) {
        boolean ok = true;
        String written = "'" + use.written() + "'";
        for (String name : use.attributes().values().keySet()) {
            if (spec.attribute(name).isEmpty()) {
                List<String> known = spec.attributes().stream().map(Attribute::name).sorted().toList();
                findings.accept(new Finding(use.attributeAt(name), "unknown attribute '" + name + "' of " + written,
                        known.isEmpty() ? written + " takes no attributes" : "known attributes: " + String.join(", ", known)));
                ok = false;
            }
        }
        // the template sees the attributes in declared order; values of mixed types are the template boundary's nature
        Map<String, Object> values = new LinkedHashMap<>();
        for (Attribute attribute : spec.attributes()) {
            Optional<String> value = use.attributes().get(attribute.name()).or(attribute::defaultValue);
            if (value.isEmpty()) {
                if (attribute.required()) {
                    findings.accept(new Finding(use.where(), written + " needs the attribute '" + attribute.name() + "'",
                            "add " + attribute.name() + "=\"…\"; it is declared in " + spec.declaredAt().path()));
                    ok = false;
                }
                continue;
            }
            boolean flag = use.attributes().flags().contains(attribute.name());
            Optional<Object> typed = typed(attribute, value.get(), flag);
            if (typed.isEmpty()) {
                findings.accept(new Finding(use.attributeAt(attribute.name()), "attribute '" + attribute.name() + "' of " + written
                        + " must be " + expected(attribute) + ", got " + (flag ? "no value" : "'" + value.get() + "'"),
                        "write " + attribute.name() + "=\"" + example(attribute) + "\""));
                ok = false;
                continue;
            }
            values.put(attribute.name(), typed.get());
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    private static Optional<Object> typed(Attribute attribute, String value, boolean flag) {
        return switch (attribute.type()) {
            case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.of(Boolean.parseBoolean(value)) : Optional.empty();
            case NUMBER -> flag || !value.matches("-?\\d{1,18}") ? Optional.empty() : Optional.of(Long.parseLong(value));
            case ENUM -> !flag && attribute.values().contains(value) ? Optional.of(value) : Optional.empty();
            case STRING -> flag ? Optional.empty() : Optional.of(value);
        };
    }

    private static String expected(Attribute attribute) {
        return switch (attribute.type()) {
            case BOOLEAN -> "true or false";
            case NUMBER -> "a whole number";
            case ENUM -> "one of " + String.join(", ", attribute.values());
            case STRING -> "a text";
        };
    }

    private static String example(Attribute attribute) {
        return switch (attribute.type()) {
            case BOOLEAN -> "true";
            case NUMBER -> "60";
            case ENUM -> attribute.values().get(0);
            case STRING -> "…";
        };
    }
}
