package dev.faqsite.render;

import dev.faqsite.markdown.Heading;

import java.util.List;

/**
 * What a reader sees of a rendered answer or category text, read from its HTML ({@link VisibleText#derive}).
 *
 * @param headings its headings, each with the text its element shows (the table of contents)
 * @param summary  the first paragraph on one line: the meta description when the author gives none
 * @param text     the whole text, one top-level block a line: the answer in structured data
 */
record ShownText(List<Heading> headings, String summary, String text) {
    ShownText {
        headings = List.copyOf(headings);
    }
}
