package dev.faqsite.propagation;

import java.util.List;
import java.util.Locale;

/**
 * What a check says about the key as a whole.
 *
 * @param kind        the verdict
 * @param known       regions that know the key (accepted, possibly rate-limited)
 * @param notYet      regions that answered 401
 * @param unreachable regions that could not be asked, or whose probe went wrong
 * @param total       regions checked
 */
public record Verdict(Kind kind, int known, int notYet, int unreachable, int total) {

    /** The four verdicts of a check. */
    public enum Kind {
        /** Every region knows the key. */
        PROPAGATED,
        /** Some regions know it, the others answered 401. */
        PARTIAL,
        /** Every region answered 401. */
        NOT_RECOGNISED,
        /** Some regions could not be asked (or the probe went wrong there): no conclusion about them. */
        INCONCLUSIVE;

        /** The stable name in the API and in CSS classes, e.g. {@code not-recognised}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static Verdict of(List<RegionResult> results) {
        int known = (int) results.stream().filter(r -> r.outcome().keyKnown()).count();
        int notYet = (int) results.stream().filter(r -> r.outcome() == Outcome.NOT_YET).count();
        int unreachable = results.size() - known - notYet;
        Kind kind;
        if (unreachable > 0 || results.isEmpty()) {
            kind = Kind.INCONCLUSIVE;
        } else if (known == results.size()) {
            kind = Kind.PROPAGATED;
        } else if (known == 0) {
            kind = Kind.NOT_RECOGNISED;
        } else {
            kind = Kind.PARTIAL;
        }
        return new Verdict(kind, known, notYet, unreachable, results.size());
    }

    /** Whether re-checking can stop: every region knows the key. */
    public boolean done() {
        return kind == Kind.PROPAGATED;
    }

    /** The banner's one line, e.g. "Propagated to 2 of 3 regions". */
    public String headline() {
        return switch (kind) {
            case PROPAGATED -> "Propagated everywhere: all " + total + (total == 1 ? " region accepts" : " regions accept") + " the key";
            case PARTIAL -> "Propagated to " + known + " of " + total + " regions";
            case NOT_RECOGNISED -> total == 1 ? "Not recognised by the region yet" : "Not recognised in any region yet";
            case INCONCLUSIVE -> "Inconclusive: " + unreachable + " of " + total + (total == 1 ? " region" : " regions")
                    + " could not be checked" + (known > 0 ? "; " + known + " accept" + (known == 1 ? "s" : "") + " the key" : "");
        };
    }
}
