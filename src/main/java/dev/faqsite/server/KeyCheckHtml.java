package dev.faqsite.server;

import dev.faqsite.model.Link;
import dev.faqsite.propagation.Advice;
import dev.faqsite.propagation.CheckReport;
import dev.faqsite.propagation.RegionResult;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The checker page's result fragments for readers without JavaScript, in the markup the page's template and
 * {@code key-check.js} use. Everything that comes from a region or a client is escaped; the key is never written.
 */
final class KeyCheckHtml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private KeyCheckHtml() {
    }

    static String verdict(CheckReport report) {
        return "<p class=\"kc-verdict-line\"><span class=\"kc-verdict-icon\" aria-hidden=\"true\">" + verdictIcon(report) + "</span> "
                + "<strong class=\"kc-verdict-text\">" + Html.escape(report.verdict().headline()) + "</strong></p>"
                + "<p class=\"kc-verdict-meta\">Key " + Html.escape(report.fingerprint()) + ", check " + report.attempt() + " at "
                + time(report.startedAt()) + ", " + report.elapsed().toMillis() + " ms.</p>";
    }

    static String verdictKind(CheckReport report) {
        return report.verdict().kind().id();
    }

    /**
     * Fills each region's row of the page — drawn once, by the page's template — with its result: the cells marked
     * {@code kc:<region>:<cell>} and the row's {@code data-outcome}.
     */
    static void rows(ResultPage page, List<RegionResult> results) {
        for (RegionResult r : results) {
            String id = r.region().id();
            page.with(id + ":status", "<span class=\"kc-icon\" aria-hidden=\"true\">" + r.outcome().icon() + "</span> "
                            + "<span class=\"kc-words\">" + Html.escape(r.outcome().words()) + "</span>"
                            + "<span class=\"kc-note\">" + Html.escape(note(r)) + "</span>")
                    .with(id + ":http", r.httpStatus().isPresent() ? Integer.toString(r.httpStatus().getAsInt()) : "–")
                    .with(id + ":latency", r.probed() ? r.latency().toMillis() + " ms" : "–")
                    .with(id + ":time", time(r.checkedAt()))
                    .with(id + ":attempt", Integer.toString(r.attempt()))
                    .outcome(id, r.outcome().id());
        }
    }

    static String advice(List<Advice> advice) {
        StringBuilder html = new StringBuilder("<h2 class=\"kc-advice-title\">What to do</h2><ul class=\"kc-advice-list\">");
        for (Advice a : advice) {
            html.append("<li>").append(Html.escape(a.text()));
            a.link().ifPresent(link -> html.append(" ").append(link(link)));
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** The hidden fields that carry the session from one posted check to the next. */
    static String state(int nextAttempt, String firstCheckAt) {
        return "<input type=\"hidden\" name=\"attempt\" value=\"" + nextAttempt + "\">"
                + "<input type=\"hidden\" name=\"first_check\" value=\"" + Html.escape(firstCheckAt) + "\">";
    }

    static String notice(String kind, String html) {
        return "<div class=\"kc-notice kc-notice-" + kind + "\" role=\"" + (kind.equals("error") ? "alert" : "status") + "\">" + html + "</div>";
    }

    static String link(Link link) {
        boolean external = link.external();
        return "<a href=\"" + Html.escape(link.href()) + "\"" + (external ? " rel=\"noopener\"" : "") + ">" + Html.escape(link.label()) + "</a>";
    }

    static String time(java.time.Instant at) {
        return "<time datetime=\"" + at + "\">" + TIME.format(at) + "</time>";
    }

    private static String note(RegionResult r) {
        String note = r.note() + r.upstreamMessage().map(m -> " The region said: “" + m + "”.").orElse("");
        return note.isEmpty() ? "" : " " + note.strip();
    }

    private static String verdictIcon(CheckReport report) {
        return switch (report.verdict().kind()) {
            case PROPAGATED -> "✓";
            case PARTIAL -> "◑";
            case NOT_RECOGNISED -> "◷";
            case INCONCLUSIVE -> "?";
        };
    }
}
