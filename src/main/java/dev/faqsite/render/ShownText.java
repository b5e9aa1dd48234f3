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

    /** The longest meta description, in characters: what search engines show of one. */
    static final int DESCRIPTION_LENGTH = 160;
    /** An answer gets an on-page table of contents from this many sections (## and ### headings) on. */
    static final int TOC_MIN_SECTIONS = 3;

    ShownText {
        headings = List.copyOf(headings);
    }

    /** The table of contents: the ## and ### headings, when there are enough of them to need one. */
    List<Heading> toc() {
        List<Heading> sections = headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        return sections.size() >= TOC_MIN_SECTIONS ? sections : List.of();
    }

    /** The summary as a meta description: cut at a word before {@value #DESCRIPTION_LENGTH} characters. */
    String description() {
        if (summary.length() <= DESCRIPTION_LENGTH) {
            return summary;
        }
        int cut = summary.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return summary.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }
}
