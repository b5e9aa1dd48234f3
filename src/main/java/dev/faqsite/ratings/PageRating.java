package dev.faqsite.ratings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of the report: how the live version of a page is rated, and how the version before it was.
 *
 * @param page           the page's path
 * @param title          its question; empty for a page no longer in the site
 * @param category       its category's id; empty for a page no longer in the site
 * @param categoryLabel  its category's name
 * @param live           whether the page is in the site as last built
 * @param contentVersion the version rated here: the live one, or the latest voted one of a page no longer in the site
 * @param current        votes on that version
 * @param previous       votes on the version before it, if it had any
 */
public record PageRating(String page, String title, String category, String categoryLabel, boolean live, String contentVersion,
                         Tally current, Optional<Tally> previous) {

    /**
     * Votes on one version.
     *
     * @param counts  votes per score, the 1s first
     * @param reasons how often each reason was ticked, by id
     */
    public record Tally(String contentVersion, List<Integer> counts, Map<String, Integer> reasons) {

        public Tally {
            counts = List.copyOf(counts);
            reasons = Map.copyOf(reasons);
        }

        static Tally none(String contentVersion) {
            return new Tally(contentVersion, List.of(0, 0, 0, 0, 0), Map.of());
        }

        public int votes() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }

        /** Empty without votes. */
        public OptionalDouble average() {
            int votes = votes();
            if (votes == 0) {
                return OptionalDouble.empty();
            }
            int sum = 0;
            for (int i = 0; i < 5; i++) {
                sum += (i + 1) * counts.get(i);
            }
            return OptionalDouble.of((double) sum / votes);
        }
    }

    public int votes() {
        return current.votes();
    }

    public OptionalDouble average() {
        return current.average();
    }

    /** The live version's average minus the previous version's, when both have votes. */
    public OptionalDouble change() {
        OptionalDouble now = current.average();
        OptionalDouble before = previous.map(Tally::average).orElse(OptionalDouble.empty());
        return now.isPresent() && before.isPresent() ? OptionalDouble.of(now.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
    }
}
