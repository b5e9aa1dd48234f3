package dev.faqsite.markdown;

import dev.faqsite.diag.SourceRef;

/**
 * A component as an author wrote it in an answer or a snippet.
 *
 * @param name       e.g. {@code key-check}, {@code api-status}
 * @param label      the text in {@code [brackets]} after the name, or empty
 * @param attributes the attributes in {@code {braces}}
 * @param container  written {@code :::name} … {@code :::} around content, rather than {@code ::name} alone
 * @param where      its first colon in the file
 * @param ordinal    its place among the page's uses of the same name, in reading order, from 1
 */
public record ComponentUse(String name, String label, Attributes attributes, boolean container, SourceRef where, int ordinal) {

    /** How it was written, for messages: {@code ::rating} or {@code :::tabs}. */
    public String written() {
        return (container ? ":::" : "::") + name;
    }

    /** The place of an attribute in the file, or of the component when it is not written. */
    public SourceRef attributeAt(String attribute) {
        Integer col = attributes.cols().get(attribute);
        return col == null ? where : new SourceRef(where.path(), where.line(), col);
    }
}
