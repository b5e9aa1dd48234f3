package dev.faqsite.server;

import dev.faqsite.model.FeedbackReason;
import dev.faqsite.ratings.PageCatalog;
import dev.faqsite.ratings.PageRating;
import dev.faqsite.ratings.VoteStore.RecentComment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The dashboard's HTML, written here rather than through a template: it is built per request on the server, which
 * must not depend on the bake's template engine, and the page is small. Every value from outside this class goes
 * through {@link Html#escape}. Bars are widths from a stylesheet of classes ({@code w0} … {@code w100}), because the
 * site's Content-Security-Policy allows no inline styles.
 */
final class DashboardPage {

    static final String STYLESHEET = "dashboard.css";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final byte[] CSS = loadCss();

    private final PageCatalog catalog;
    private final Optional<PageCatalog.CategoryName> category;
    private final List<PageRating> rows;
    private final List<RecentComment> comments;

    DashboardPage(PageCatalog catalog, Optional<PageCatalog.CategoryName> category, List<PageRating> rows, List<RecentComment> comments) {
        this.catalog = catalog;
        this.category = category;
        this.rows = rows;
        this.comments = comments;
    }

    static byte[] css() {
        return CSS.clone();
    }

    /** A page that only says something, e.g. why the dashboard is not shown. */
    static String message(String title, String text) {
        return head(title) + "<h1>" + Html.escape(title) + "</h1><p>" + Html.escape(text) + "</p></main></body></html>";
    }

    String html() {
        StringBuilder out = new StringBuilder(16 * 1024).append(head("Ratings"));
        out.append("<h1>Ratings").append(category.map(c -> ": " + Html.escape(c.label())).orElse("")).append("</h1>");
        int votes = rows.stream().mapToInt(PageRating::votes).sum();
        long rated = rows.stream().filter(r -> r.votes() > 0).count();
        out.append("<p class=\"summary\">").append(votes).append(votes == 1 ? " vote" : " votes").append(" on the live versions of ")
                .append(rows.size()).append(rows.size() == 1 ? " page" : " pages").append(", ").append(rated)
                .append(" of them rated. Worst first; a rewritten page starts a fresh series, and <em>Change</em> compares it "
                        + "with the version before.</p>");
        filter(out);
        table(out);
        comments(out);
        return out.append("</main></body></html>").toString();
    }

    private void filter(StringBuilder out) {
        out.append("<form class=\"filter\" method=\"get\" action=\"").append(RatingsDashboard.PATH).append("/\">")
                .append("<label for=\"category\">Category</label> <select id=\"category\" name=\"category\">")
                .append("<option value=\"\">All categories</option>");
        for (PageCatalog.CategoryName c : catalog.categories()) {
            boolean chosen = category.map(c::equals).orElse(false);
            out.append("<option value=\"").append(Html.escape(c.id())).append('"').append(chosen ? " selected" : "").append('>')
                    .append(Html.escape(c.label())).append("</option>");
        }
        out.append("</select> <button type=\"submit\">Show</button></form>");
    }

    private void table(StringBuilder out) {
        out.append("<table class=\"pages\"><caption class=\"visually-hidden\">Pages by average rating, worst first</caption><thead><tr>")
                .append("<th scope=\"col\">Page</th><th scope=\"col\">Votes</th><th scope=\"col\">Average</th>")
                .append("<th scope=\"col\">Distribution (1 to 5)</th><th scope=\"col\">Before</th><th scope=\"col\">Change</th>")
                .append("<th scope=\"col\">Reasons given</th></tr></thead><tbody>");
        for (PageRating row : rows) {
            out.append("<tr><th scope=\"row\">");
            if (row.live()) {
                out.append("<a href=\"").append(Html.escape(row.page())).append("\">").append(Html.escape(row.title())).append("</a>")
                        .append("<span class=\"meta\">").append(Html.escape(row.categoryLabel())).append(" · ")
                        .append(Html.escape(row.page())).append("</span>");
            } else {
                out.append(Html.escape(row.page())).append("<span class=\"meta\">no longer in the site</span>");
            }
            out.append("</th><td class=\"num\">").append(row.votes()).append("</td><td class=\"num\">").append(fixed(row.average(), false))
                    .append("</td><td>");
            bar(out, row.current().counts());
            out.append("</td><td class=\"num\">").append(row.previous().map(p -> fixed(p.average(), false) + " (" + p.votes() + ")").orElse("–"))
                    .append("</td><td class=\"num ").append(trend(row.change())).append("\">").append(fixed(row.change(), true))
                    .append("</td><td>").append(Html.escape(reasons(row.current().reasons()))).append("</td></tr>");
        }
        if (rows.isEmpty()) {
            out.append("<tr><td colspan=\"7\">No pages.</td></tr>");
        }
        out.append("</tbody></table>");
    }

    /** A stacked bar of the five scores; its label says the counts for those who cannot see it. */
    private static void bar(StringBuilder out, List<Integer> counts) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        String label = java.util.stream.IntStream.range(0, 5).mapToObj(i -> (i + 1) + ": " + counts.get(i)).collect(Collectors.joining(", "));
        out.append("<span class=\"bar\" role=\"img\" aria-label=\"").append(total == 0 ? "no votes" : "votes per score, " + label).append("\">");
        int[] widths = Percentages.of(counts);
        for (int i = 0; i < 5; i++) {
            if (widths[i] > 0) {
                out.append("<span class=\"seg s").append(i + 1).append(" w").append(widths[i]).append("\"></span>");
            }
        }
        out.append("</span>");
        if (total > 0) {
            out.append("<span class=\"counts\" aria-hidden=\"true\">").append(label).append("</span>");
        }
    }

    private void comments(StringBuilder out) {
        out.append("<h2>Recent comments</h2>");
        if (comments.isEmpty()) {
            out.append("<p>No comments yet.</p>");
            return;
        }
        out.append("<ol class=\"comments\">");
        for (RecentComment comment : comments) {
            String title = catalog.page(comment.page()).map(p -> p.title()).orElse(comment.page());
            out.append("<li><p class=\"meta\"><a href=\"").append(Html.escape(comment.page())).append("\">").append(Html.escape(title))
                    .append("</a> · rated ").append(comment.score()).append(" of 5 · <time datetime=\"")
                    .append(comment.votedAt()).append("\">").append(WHEN.format(comment.votedAt())).append("</time>");
            if (!comment.reasons().isEmpty()) {
                out.append(" · ").append(Html.escape(comment.reasons().stream().map(DashboardPage::reasonLabel).collect(Collectors.joining("; "))));
            }
            out.append("</p><blockquote>").append(Html.escape(comment.comment())).append("</blockquote></li>");
        }
        out.append("</ol>");
    }

    private static String head(String title) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>"
                + Html.escape(title) + " | faqsite</title><link rel=\"stylesheet\" href=\"" + RatingsDashboard.PATH + "/" + STYLESHEET
                + "\"></head><body><main>";
    }

    private static String reasons(Map<String, Integer> reasons) {
        return reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> reasonLabel(e.getKey()) + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
    }

    private static String reasonLabel(String id) {
        return FeedbackReason.byId(id).map(FeedbackReason::label).orElse(id);
    }

    private static String fixed(OptionalDouble value, boolean signed) {
        return value.isPresent() ? String.format(Locale.ROOT, signed ? "%+.2f" : "%.2f", value.getAsDouble()) : "–";
    }

    private static String trend(OptionalDouble change) {
        return change.isEmpty() || Math.abs(change.getAsDouble()) < 0.005 ? "flat" : change.getAsDouble() > 0 ? "up" : "down";
    }

    private static byte[] loadCss() {
        try (InputStream in = DashboardPage.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET + " is missing from the classpath");
            }
            StringBuilder css = new StringBuilder(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (int w = 0; w <= 100; w++) {
                css.append(".w").append(w).append("{width:").append(w).append("%}");
            }
            return css.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
