package dev.faqsite.model;

import dev.faqsite.diag.SourceRef;

/**
 * A folder of questions, described by its {@code _category.yml}.
 *
 * @param id          the folder's name, also its URL segment
 * @param label       the name readers see
 * @param position    its place among the categories (ascending)
 * @param description one or two sentences shown on its page
 * @param source      where it was declared
 */
public record Category(String id, String label, int position, String description, SourceRef source) {

    /** The site path of the category's page, e.g. {@code /faq/general/}. */
    public String url() {
        return "/faq/" + id + "/";
    }
}
