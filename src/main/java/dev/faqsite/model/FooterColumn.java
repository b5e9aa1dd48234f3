package dev.faqsite.model;

import java.util.List;

/** One titled column of footer links. */
public record FooterColumn(String title, List<Link> links) {
    public FooterColumn {
        links = List.copyOf(links);
    }
}
