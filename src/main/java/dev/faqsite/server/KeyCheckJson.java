package dev.faqsite.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.faqsite.model.Link;
import dev.faqsite.propagation.Advice;
import dev.faqsite.propagation.CheckReport;
import dev.faqsite.propagation.RegionResult;
import dev.faqsite.propagation.Verdict;

import java.time.Duration;
import java.util.List;

/**
 * The checker API's JSON: the shape documented in README ("Key checker"), kept apart from the domain records so that
 * the domain can change without breaking clients. Nothing here can hold the key: only its fingerprint.
 */
final class KeyCheckJson {

    private KeyCheckJson() {
    }

    /** One region's result: an SSE {@code region} event, and an entry of the summary. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegionJson(String region, String label, String location, String outcome, String words, String icon,
                      boolean keyKnown, Integer httpStatus, long latencyMs, String checkedAt, int attempt, String note,
                      String upstreamMessage, Long retryAfterSeconds, boolean probed) {
    }

    record VerdictJson(String kind, String headline, int known, int notYet, int unreachable, int total, boolean done) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AdviceJson(String text, String href, String linkText) {
    }

    /** The whole check: the SSE {@code summary} event, or the one JSON document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SummaryJson(int attempt, String fingerprint, boolean keyTrimmed, String firstCheckAt, String startedAt,
                       long elapsedMs, VerdictJson verdict, List<AdviceJson> advice, Long retryAfterSeconds,
                       List<RegionJson> regions) {
    }

    static RegionJson region(RegionResult r) {
        return new RegionJson(r.region().id(), r.region().label(), r.region().location(), r.outcome().id(), r.outcome().words(),
                r.outcome().icon(), r.outcome().keyKnown(), r.httpStatus().isPresent() ? r.httpStatus().getAsInt() : null,
                r.latency().toMillis(), r.checkedAt().toString(), r.attempt(), r.note(), r.upstreamMessage().orElse(null),
                r.retryAfter().map(KeyCheckJson::seconds).orElse(null), r.probed());
    }

    static SummaryJson summary(CheckReport report, boolean keyTrimmed) {
        Verdict v = report.verdict();
        return new SummaryJson(report.attempt(), report.fingerprint(), keyTrimmed, report.firstCheckAt().toString(),
                report.startedAt().toString(), report.elapsed().toMillis(),
                new VerdictJson(v.kind().id(), v.headline(), v.known(), v.notYet(), v.unreachable(), v.total(), v.done()),
                report.advice().stream().map(KeyCheckJson::advice).toList(),
                report.retryAfter().map(KeyCheckJson::seconds).orElse(null),
                report.results().stream().map(KeyCheckJson::region).toList());
    }

    private static AdviceJson advice(Advice a) {
        return new AdviceJson(a.text(), a.link().map(Link::href).orElse(null), a.link().map(Link::label).orElse(null));
    }

    private static long seconds(Duration d) {
        return Math.max(0, (d.toMillis() + 999) / 1000);
    }
}
