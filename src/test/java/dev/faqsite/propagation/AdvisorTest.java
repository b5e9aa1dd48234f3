package dev.faqsite.propagation;

import dev.faqsite.diag.SourceRef;
import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.Link;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.faqsite.propagation.VerdictTest.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdvisorTest {

    private static final String PROPAGATION = "/faq/api-access-and-integration/invalid-api-key-after-new-key/";
    private static final String LIMITS = "/faq/api-usage-and-limits/rate-limits-and-429/";
    private static final String PLANS = "/faq/billing-payment-and-subscriptions/plan-access-and-403/";
    private static final String SUPPORT = "https://support.example.test/new";

    private final Advisor advisor = new Advisor(new KeyCheckConfig.Answers(
            Optional.of(new KeyCheckConfig.AnswerLink(PROPAGATION, SourceRef.of("site.yml"))),
            Optional.of(new KeyCheckConfig.AnswerLink(LIMITS, SourceRef.of("site.yml"))),
            Optional.of(new KeyCheckConfig.AnswerLink(PLANS, SourceRef.of("site.yml")))), SUPPORT);

    private List<Advice> advise(Duration since, RegionResult... results) {
        List<RegionResult> list = List.of(results);
        return advisor.advise(Verdict.of(list), list, since, "X-CoinAPI-Key");
    }

    private static List<String> hrefs(List<Advice> advice) {
        return advice.stream().flatMap(a -> a.link().stream()).map(Link::href).toList();
    }

    @Test
    void asksForPatienceAndLinksThePropagationAnswerWhileTheKeyIsYoung() {
        List<Advice> advice = advise(Duration.ofMinutes(1), result("ncsa", Outcome.ACCEPTED, 200), result("emea", Outcome.NOT_YET, 401));
        assertTrue(advice.get(0).text().startsWith("This is normal for a new key"), advice.get(0).text());
        assertTrue(advice.get(1).text().startsWith("Don't generate another key meanwhile"));
        assertEquals(List.of(PROPAGATION), hrefs(advice));
    }

    @Test
    void saysHowLongItHasBeenBetweenFiveAndTenMinutes() {
        List<Advice> advice = advise(Duration.ofMinutes(7), result("ncsa", Outcome.NOT_YET, 401));
        assertTrue(advice.get(0).text().startsWith("It has been 7 minutes."), advice.get(0).text());
        assertTrue(advice.get(0).text().contains("only if this one is still not recognised after 10 minutes"));
    }

    @Test
    void sendsToSupportAfterTenMinutes() {
        List<Advice> advice = advise(Duration.ofMinutes(10), result("ncsa", Outcome.NOT_YET, 401));
        assertTrue(advice.get(0).text().startsWith("It has been more than 10 minutes. Generate a new key"));
        assertEquals(List.of(SUPPORT), hrefs(advice));
    }

    @Test
    void linksTheUsageLimitsAnswerFor429AndThePlansAnswerFor403() {
        List<Advice> advice = advise(Duration.ZERO, result("ncsa", Outcome.RATE_LIMITED, 429), result("emea", Outcome.ACCEPTED, 403));
        assertTrue(advice.get(0).text().startsWith("Every region accepts the key"));
        assertEquals(List.of(LIMITS, PLANS), hrefs(advice));
    }

    @Test
    void saysAnUnreachableRegionSaysNothingAboutTheKeyAndAsksToReportAProbeError() {
        List<Advice> advice = advise(Duration.ZERO, result("ncsa", Outcome.UNREACHABLE, 503), result("emea", Outcome.PROBE_ERROR, 400));
        assertTrue(advice.get(0).text().contains("That says nothing about your key"));
        assertTrue(advice.get(1).text().contains("a problem of this checker"));
        assertEquals(List.of(SUPPORT), hrefs(advice));
    }

    @Test
    void leavesOutLinksTheSiteDoesNotConfigure() {
        Advisor bare = new Advisor(KeyCheckConfig.Answers.none(), "");
        List<RegionResult> results = List.of(result("ncsa", Outcome.NOT_YET, 401));
        assertEquals(List.of(), hrefs(bare.advise(Verdict.of(results), results, Duration.ofHours(1), "X-Key")));
    }
}
