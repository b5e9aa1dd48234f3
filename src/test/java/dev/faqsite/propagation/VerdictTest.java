package dev.faqsite.propagation;

import dev.faqsite.model.Region;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictTest {

    static RegionResult result(String id, Outcome outcome, int status) {
        Region region = new Region(id, id.toUpperCase(), "", URI.create("http://127.0.0.1:1"), "/v1/x", "X-CoinAPI-Key");
        return new RegionResult(region, outcome, status == 0 ? OptionalInt.empty() : OptionalInt.of(status), Duration.ofMillis(5),
                Instant.EPOCH, 1, "", Optional.empty(), Optional.empty(), true);
    }

    private static Verdict verdict(Outcome... outcomes) {
        String[] ids = {"ncsa", "emea", "apac", "lab"};
        List<RegionResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            results.add(result(ids[i], outcomes[i], 200));
        }
        return Verdict.of(results);
    }

    @Test
    void isPropagatedEverywhereWhenEveryRegionKnowsTheKey() {
        Verdict v = verdict(Outcome.ACCEPTED, Outcome.RATE_LIMITED, Outcome.ACCEPTED);
        assertEquals(Verdict.Kind.PROPAGATED, v.kind());
        assertTrue(v.done());
        assertEquals("Propagated everywhere: all 3 regions accept the key", v.headline());
    }

    @Test
    void isPartialWhenSomeRegionsKnowTheKeyAndTheOthersAnswer401() {
        Verdict v = verdict(Outcome.ACCEPTED, Outcome.NOT_YET, Outcome.ACCEPTED);
        assertEquals(Verdict.Kind.PARTIAL, v.kind());
        assertFalse(v.done());
        assertEquals("Propagated to 2 of 3 regions", v.headline());
        assertEquals(new Verdict(Verdict.Kind.PARTIAL, 2, 1, 0, 3), v);
    }

    @Test
    void isNotRecognisedWhenEveryRegionAnswers401() {
        Verdict v = verdict(Outcome.NOT_YET, Outcome.NOT_YET, Outcome.NOT_YET);
        assertEquals(Verdict.Kind.NOT_RECOGNISED, v.kind());
        assertEquals("Not recognised in any region yet", v.headline());
    }

    @Test
    void isInconclusiveWhenAnyRegionIsUnreachableWhateverTheOthersSay() {
        Verdict v = verdict(Outcome.ACCEPTED, Outcome.UNREACHABLE, Outcome.ACCEPTED);
        assertEquals(Verdict.Kind.INCONCLUSIVE, v.kind());
        assertEquals("Inconclusive: 1 of 3 regions could not be checked; 2 accept the key", v.headline());
        assertEquals(Verdict.Kind.INCONCLUSIVE, verdict(Outcome.NOT_YET, Outcome.PROBE_ERROR).kind());
        assertEquals("Inconclusive: 3 of 3 regions could not be checked",
                verdict(Outcome.UNREACHABLE, Outcome.UNREACHABLE, Outcome.UNREACHABLE).headline());
    }

    @Test
    void neverCallsAnUnreachableRegionNotPropagated() {
        for (Outcome other : Outcome.values()) {
            Verdict v = verdict(Outcome.UNREACHABLE, other);
            assertEquals(Verdict.Kind.INCONCLUSIVE, v.kind(), other.name());
            assertEquals(other == Outcome.NOT_YET ? 1 : 0, v.notYet(), other.name());
        }
    }

    @Test
    void namesKindsAndOutcomesStablyForTheApi() {
        assertEquals(List.of("propagated", "partial", "not-recognised", "inconclusive"),
                Arrays.stream(Verdict.Kind.values()).map(Verdict.Kind::id).toList());
        assertEquals(List.of("accepted", "rate-limited", "not-yet", "unreachable", "probe-error"),
                Arrays.stream(Outcome.values()).map(Outcome::id).toList());
    }
}
