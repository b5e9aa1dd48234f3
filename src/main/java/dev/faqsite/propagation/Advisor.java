package dev.faqsite.propagation;

import dev.faqsite.model.KeyCheckConfig;
import dev.faqsite.model.Link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The FAQ's advice, in context: wait a few minutes; generate a new key only if the old one is still rejected after
 * 5–10 minutes; then contact support. Each verdict links to the answer that explains it.
 */
public final class Advisor {

    /** Until then a key that is not recognised everywhere is just young. */
    static final Duration PATIENCE = Duration.ofMinutes(5);
    /** After that, waiting longer will not help. */
    static final Duration GIVE_UP = Duration.ofMinutes(10);

    private final Optional<Link> propagation;
    private final Optional<Link> rateLimits;
    private final Optional<Link> plans;
    private final Optional<Link> support;

    public Advisor(KeyCheckConfig.Answers answers, String supportUrl) {
        this.propagation = answers.notRecognised().map(a -> new Link("Why a new key is briefly rejected", a.href()));
        this.rateLimits = answers.rateLimited().map(a -> new Link("Rate limits and HTTP 429", a.href()));
        this.plans = answers.forbidden().map(a -> new Link("Plans and HTTP 403", a.href()));
        this.support = supportUrl.isBlank() ? Optional.empty() : Optional.of(new Link("Contact support", supportUrl));
    }

    /**
     * @param sinceFirstCheck how long ago the reader's first check of this key was
     * @param keyHeader       the header the key goes in, for the advice when everything works
     */
    public List<Advice> advise(Verdict verdict, List<RegionResult> results, Duration sinceFirstCheck, String keyHeader) {
        List<Advice> advice = new ArrayList<>();
        switch (verdict.kind()) {
            case PROPAGATED -> advice.add(new Advice("Every region accepts the key, so it works wherever your requests are routed. "
                    + "If a request still fails, send the key in the " + keyHeader + " header, with no spaces around it.", Optional.empty()));
            case PARTIAL, NOT_RECOGNISED -> waiting(advice, sinceFirstCheck);
            case INCONCLUSIVE -> {
                advice.add(new Advice("Some regions could not be reached (a timeout, a server error or a failed connection). "
                        + "That says nothing about your key: check again in a minute.", Optional.empty()));
                if (results.stream().anyMatch(r -> r.outcome() == Outcome.PROBE_ERROR)) {
                    advice.add(new Advice("A region refused the checker's own request. That is a problem of this checker, not of "
                            + "your key: please report it with the diagnostic summary.", support));
                }
                if (verdict.notYet() > 0) {
                    waiting(advice, sinceFirstCheck);
                }
            }
        }
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.RATE_LIMITED)) {
            advice.add(new Advice("The key is over its rate limit: requests fail with HTTP 429 until the limit resets. "
                    + "The key itself is valid.", rateLimits));
        }
        if (results.stream().anyMatch(r -> r.httpStatus().orElse(0) == 403)) {
            advice.add(new Advice("The key's plan does not include the endpoint the check uses (HTTP 403), "
                    + "but the key itself is valid.", plans));
        }
        return List.copyOf(advice);
    }

    private void waiting(List<Advice> advice, Duration since) {
        if (since.compareTo(PATIENCE) < 0) {
            advice.add(new Advice("This is normal for a new key: it takes a few minutes to reach every regional site. "
                    + "Wait a few minutes and check again.", propagation));
            advice.add(new Advice("Don't generate another key meanwhile: a new key starts the journey from scratch.", Optional.empty()));
        } else if (since.compareTo(GIVE_UP) < 0) {
            advice.add(new Advice("It has been " + since.toMinutes() + " minutes. Give it a little longer: generate a new key "
                    + "only if this one is still not recognised after 10 minutes.", propagation));
        } else {
            advice.add(new Advice("It has been more than 10 minutes. Generate a new key; if that one is still rejected "
                    + "5–10 minutes later, contact support and include the diagnostic summary.", support));
        }
    }
}
