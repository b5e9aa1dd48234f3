package dev.faqsite.server;

import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.propagation.ApiKey;
import dev.faqsite.propagation.CheckGate;
import dev.faqsite.propagation.CheckReport;
import dev.faqsite.propagation.KeyChecker;
import dev.faqsite.propagation.KeyInput;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import static dev.faqsite.server.ApiExchange.Mode;

/**
 * {@code POST /api/key-check}: the key in a JSON body {@code {"key": "…"}} or a form field {@code key}, never in the
 * URL. In order: method (405), media type (415), size (413), fields and key format (400, naming the field), rate
 * limits per client address and per key (429), probes in flight (503); only then are the regions probed. Answers
 * as Server-Sent Events when asked for {@code text/event-stream}, as the site's page for a form posted by a browser
 * without JavaScript, and as one JSON document otherwise.
 */
final class KeyCheckApi extends Handler.Abstract {

    private static final Set<String> FIELDS = Set.of("key", "attempt", "first_check");
    private static final int MAX_ATTEMPT = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(KeyCheckApi.class);

    private final KeyChecker checker;
    private final CheckGate gate;
    private final Path siteRoot;
    private final boolean trustProxy;
    private final Operations operations;

    KeyCheckApi(KeyChecker checker, CheckGate gate, Path siteRoot, boolean trustProxy, Operations operations) {
        this.operations = operations;
        this.checker = checker;
        this.gate = gate;
        this.siteRoot = siteRoot;
        this.trustProxy = trustProxy;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        return ApiExchange.post(request, response, callback, KeyCheckConfig.API_PATH, false,
                (type, mode, body) -> check(request, response, callback, type, mode, body));
    }

    private void check(Request request, Response response, Callback callback, String type, Mode mode, byte[] body) {
        RequestFields fields;
        int attempt;
        Optional<Instant> firstCheck;
        try {
            fields = RequestFields.parse(type, body, FIELDS);
            attempt = fields.integer("attempt", 1, 1, MAX_ATTEMPT);
            firstCheck = firstCheck(fields);
        } catch (RequestFields.Refused refused) {
            refuse(response, callback, mode, 400, "invalid_request", refused.getMessage(), refused.field(), 0);
            return;
        }
        KeyInput input = ApiKey.parse(fields.get(ApiKey.FIELD).orElse(null));
        if (input instanceof KeyInput.Invalid invalid) {
            refuse(response, callback, mode, 400, "invalid_key", invalid.message(), ApiKey.FIELD, 0);
            return;
        }
        KeyInput.Valid valid = (KeyInput.Valid) input;
        Optional<CheckGate.Refusal> refusal = gate.admitCheck(ApiExchange.client(request, trustProxy), valid.key());
        if (refusal.isPresent()) {
            long seconds = refusal.get().retryAfterSeconds();
            refuse(response, callback, mode, 429, "rate_limited", refusal.get().message() + " Try again in " + seconds + " s.", null, seconds);
            return;
        }
        EventStream events = mode == Mode.EVENTS ? new EventStream(response, callback, operations.streams()) : null;
        KeyChecker.Start start = checker.check(valid.key(), attempt, firstCheck,
                result -> {
                    if (events != null) {
                        events.send("region", KeyCheckJson.region(result));
                    }
                });
        if (start instanceof KeyChecker.Start.Busy busy) {
            long seconds = Math.max(1, busy.retryAfter().toSeconds());
            refuse(response, callback, mode, 503, "busy", "The checker is busy with other checks. Try again in " + seconds + " s.", null, seconds);
            return;
        }
        if (events != null) {
            events.open("checking " + checker.regions().size() + " regions");
        }
        ((KeyChecker.Start.Started) start).report().thenAccept(report -> {
            operations.metrics().check(report);
            switch (mode) {
                case EVENTS -> events.finish("summary", KeyCheckJson.summary(report, valid.trimmed()));
                case JSON -> ApiExchange.json(response, callback, 200, KeyCheckJson.summary(report, valid.trimmed()));
                case HTML -> ApiExchange.html(response, callback, 200, page(report, valid.trimmed()));
            }
        }).exceptionally(failure -> {
            LOG.warn("key check could not be answered: {}", failure.toString());
            callback.failed(failure);
            return null;
        });
    }

    private static Optional<Instant> firstCheck(RequestFields fields) throws RequestFields.Refused {
        Optional<String> text = fields.get("first_check").filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new RequestFields.Refused("'first_check' must be a time such as 2026-11-26T12:00:00Z, as the last answer gave it.",
                    "first_check");
        }
    }

    private void refuse(Response response, Callback callback, Mode mode, int status, String error, String message, String field,
                        long retryAfterSeconds) {
        if (retryAfterSeconds > 0) {
            ApiExchange.retryAfter(response, retryAfterSeconds);
        }
        if (mode != Mode.HTML) {
            ApiExchange.error(response, callback, status, error, message, field);
            return;
        }
        ResultPage page = new ResultPage(siteRoot);
        if (ApiKey.FIELD.equals(field)) {
            page.with("field", Html.escape(message));
        }
        page.with("notice", KeyCheckHtml.notice("error", "<p>" + Html.escape(message) + "</p>"));
        ApiExchange.html(response, callback, status, page.render());
    }

    private String page(CheckReport report, boolean trimmed) {
        ResultPage page = new ResultPage(siteRoot)
                .with("verdict", KeyCheckHtml.verdict(report))
                .verdictKind(KeyCheckHtml.verdictKind(report))
                .with("advice", KeyCheckHtml.advice(report.advice()))
                .with("state", KeyCheckHtml.state(report.attempt() + 1, report.firstCheckAt().toString()));
        KeyCheckHtml.rows(page, report.results());
        String again = report.verdict().done() ? "" : " To check again, paste the key once more: it is never sent back to your browser.";
        page.with("notice", KeyCheckHtml.notice("info", "<p>Checked " + report.results().size() + " regions." + again
                + (trimmed ? " Spaces around the key were removed." : "") + "</p>"));
        return page.render();
    }
}
