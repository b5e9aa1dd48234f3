package dev.faqsite.server;

import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.propagation.CheckGate;
import dev.faqsite.simulator.DemoKeys;
import dev.faqsite.simulator.RegionSimulator;
import dev.faqsite.simulator.SimulatedRegion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /api/demo/keys}, in demo mode only: issues a demo key that the simulated regions accept one after
 * another. Answers {@code 201 {"key": "…", "regions": [{"region": "ncsa", "readyInSeconds": 20, …}]}}, or the
 * checker's page with the key for a browser without JavaScript. Demo keys are not secrets: they open nothing.
 */
final class DemoKeysApi extends Handler.Abstract {

    /** When one simulated region starts accepting a demo key. */
    record ReadyJson(String region, String label, String readyAt, long readyInSeconds) {
    }

    record IssuedJson(String key, String issuedAt, List<ReadyJson> regions) {
    }

    private final RegionSimulator simulator;
    private final CheckGate gate;
    private final Path siteRoot;
    private final boolean trustProxy;

    DemoKeysApi(RegionSimulator simulator, CheckGate gate, Path siteRoot, boolean trustProxy) {
        this.simulator = simulator;
        this.gate = gate;
        this.siteRoot = siteRoot;
        this.trustProxy = trustProxy;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        return ApiExchange.post(request, response, callback, KeyCheckConfig.DEMO_KEYS_PATH, true,
                (type, mode, body) -> issue(request, response, callback, type, mode, body));
    }

    private void issue(Request request, Response response, Callback callback, String type, ApiExchange.Mode mode, byte[] body) {
        if (body.length > 0) {
            try {
                RequestFields.parse(type, body, Set.of());
            } catch (RequestFields.Refused refused) {
                ApiExchange.error(response, callback, 400, "invalid_request", refused.getMessage(), refused.field());
                return;
            }
        }
        Optional<CheckGate.Refusal> refusal = gate.admitDemoKey(ApiExchange.client(request, trustProxy));
        if (refusal.isPresent()) {
            long seconds = refusal.get().retryAfterSeconds();
            ApiExchange.retryAfter(response, seconds);
            ApiExchange.error(response, callback, 429, "rate_limited", refusal.get().message() + " Try again in " + seconds + " s.", null);
            return;
        }
        DemoKeys.Issued issued = simulator.keys().issue();
        List<ReadyJson> ready = simulator.all().stream().map(r -> ready(r, issued)).toList();
        if (mode == ApiExchange.Mode.HTML) {
            ApiExchange.html(response, callback, 200, page(issued, ready));
        } else {
            ApiExchange.json(response, callback, 201, new IssuedJson(issued.key(), issued.issuedAt().toString(), ready));
        }
    }

    private static ReadyJson ready(SimulatedRegion region, DemoKeys.Issued issued) {
        java.time.Instant at = region.readyAt(issued.issuedAt());
        return new ReadyJson(region.id(), region.region().label(), at.toString(), Duration.between(issued.issuedAt(), at).toSeconds());
    }

    private String page(DemoKeys.Issued issued, List<ReadyJson> ready) {
        String schedule = ready.stream().map(r -> Html.escape(r.label()) + " after about " + r.readyInSeconds() + " s")
                .collect(Collectors.joining(", "));
        String html = "<p><strong>Demo key created.</strong> It becomes valid in " + schedule + ". Copy it into the field "
                + "below and check it, then check again as the regions pick it up.</p>"
                + "<p><label for=\"kc-demo-key\">Demo key</label> <input id=\"kc-demo-key\" class=\"kc-demo-key\" type=\"text\" readonly "
                + "value=\"" + Html.escape(issued.key()) + "\" size=\"40\"></p>";
        return new ResultPage(siteRoot).with("notice", KeyCheckHtml.notice("info", html)).render();
    }
}
