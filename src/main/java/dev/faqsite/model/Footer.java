package dev.faqsite.model;

import java.util.List;

/** The footer of every page: link columns and the copyright line. */
public record Footer(List<FooterColumn> columns, String copyright) {
    public Footer {
        columns = List.copyOf(columns);
    }
}
