package dev.faqsite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqsite.propagation.CheckReport;
import dev.faqsite.propagation.RegionResult;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One check as {@code faqsite keycheck} prints it, whether the regions were probed from here or through a running
 * server's API: the same rows, verdict and advice either way.
 *
 * @param firstCheckAt when the session's first check was, to send with the next one
 * @param verdictKind  {@code propagated}, {@code partial}, {@code not-recognised} or {@code inconclusive}
 * @param retryAfter   the longest wait a region asked for
 */
record KeyCheckRound(int attempt, String fingerprint, String firstCheckAt, long elapsedMs, List<Row> rows, String verdictKind,
                     String headline, List<String> advice, Optional<Duration> retryAfter) {

    /** One region's line of the table. */
    record Row(String region, String location, String status, String http, String latency, String checkedAt, int attempt,
               String note) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** 0 when every region knows the key, 1 while some do not yet, 2 when some could not be checked. */
    int exitCode() {
        return switch (verdictKind) {
            case "propagated" -> ExitCode.OK;
            case "partial", "not-recognised" -> ExitCode.CONTENT;
            default -> ExitCode.USAGE;
        };
    }

    boolean done() {
        return verdictKind.equals("propagated");
    }

    /** @param site where the site is published, to turn the advice's site paths into addresses */
    static KeyCheckRound of(CheckReport report, URI site) {
        List<Row> rows = new ArrayList<>();
        for (RegionResult r : report.results()) {
            rows.add(new Row(r.region().id(), r.region().location(), r.outcome().icon() + " " + r.outcome().words(),
                    r.httpStatus().isPresent() ? Integer.toString(r.httpStatus().getAsInt()) : "-",
                    r.probed() ? r.latency().toMillis() + " ms" : "-", TIME.format(r.checkedAt()), r.attempt(),
                    (r.note() + r.upstreamMessage().map(m -> " The region said: \"" + m + "\".").orElse("")).strip()));
        }
        List<String> advice = report.advice().stream()
                .map(a -> a.text() + a.link().map(l -> " " + l.label() + ": " + site.resolve(l.href())).orElse("")).toList();
        return new KeyCheckRound(report.attempt(), report.fingerprint(), report.firstCheckAt().toString(), report.elapsed().toMillis(),
                rows, report.verdict().kind().id(), report.verdict().headline(), advice, report.retryAfter());
    }

    /** From the summary the server's API answers (README "Key checker"). */
    static KeyCheckRound of(JsonNode summary, URI server) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : summary.get("regions")) {
            String note = r.path("note").asText("") + (r.has("upstreamMessage") ? " The region said: \"" + r.get("upstreamMessage").asText() + "\"." : "");
            rows.add(new Row(r.get("region").asText(), r.path("location").asText(""), r.get("icon").asText() + " " + r.get("words").asText(),
                    r.has("httpStatus") ? r.get("httpStatus").asText() : "-",
                    r.path("probed").asBoolean(true) ? r.get("latencyMs").asLong() + " ms" : "-",
                    TIME.format(Instant.parse(r.get("checkedAt").asText())), r.get("attempt").asInt(), note.strip()));
        }
        List<String> advice = new ArrayList<>();
        for (JsonNode a : summary.get("advice")) {
            advice.add(a.get("text").asText() + (a.has("href") ? " " + a.get("linkText").asText() + ": " + server.resolve(a.get("href").asText()) : ""));
        }
        Optional<Duration> retryAfter = summary.has("retryAfterSeconds")
                ? Optional.of(Duration.ofSeconds(summary.get("retryAfterSeconds").asLong())) : Optional.empty();
        return new KeyCheckRound(summary.get("attempt").asInt(), summary.get("fingerprint").asText(), summary.get("firstCheckAt").asText(),
                summary.get("elapsedMs").asLong(), rows, summary.at("/verdict/kind").asText(), summary.at("/verdict/headline").asText(),
                advice, retryAfter);
    }
}
