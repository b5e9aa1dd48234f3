package dev.faqsite.ratings;

import dev.faqsite.ratings.VoteStore.VersionTally;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingsReportTest {

    private static VersionTally tally(String page, String version, List<Integer> counts, int day) {
        Instant at = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * day);
        return new VersionTally(page, version, counts, Map.of(), at, at);
    }

    @Test
    void listsEveryPageWorstFirstAndUnratedPagesLast() {
        List<PageRating> rows = RatingsReport.build(List.of(
                tally(Catalogs.FIRST, "v1-first", List.of(0, 0, 0, 1, 1), 1),
                tally(Catalogs.THIRD, "v1-third", List.of(2, 0, 0, 0, 0), 1)), Catalogs.three(), Optional.empty());
        assertEquals(List.of(Catalogs.THIRD, Catalogs.FIRST, Catalogs.SECOND), rows.stream().map(PageRating::page).toList());
        assertEquals(1.0, rows.get(0).average().getAsDouble());
        assertEquals(4.5, rows.get(1).average().getAsDouble());
        assertTrue(rows.get(2).average().isEmpty());
        assertEquals("Third?", rows.get(0).title());
    }

    @Test
    void ratesOnlyTheLiveVersionAndComparesItWithTheVersionBefore() {
        List<PageRating> rows = RatingsReport.build(List.of(
                tally(Catalogs.FIRST, "v0-first", List.of(9, 0, 0, 0, 0), 1),
                tally(Catalogs.FIRST, "v-older", List.of(0, 0, 0, 0, 9), 0),
                tally(Catalogs.FIRST, "v1-first", List.of(0, 0, 1, 1, 0), 5)), Catalogs.three(), Optional.of("alpha"));
        PageRating first = rows.get(0);
        assertEquals(Catalogs.FIRST, first.page());
        assertEquals("v1-first", first.contentVersion());
        assertEquals(2, first.votes());
        assertEquals(3.5, first.average().getAsDouble());
        assertEquals("v0-first", first.previous().orElseThrow().contentVersion());
        assertEquals(2.5, first.change().getAsDouble(), 1e-9);
    }

    @Test
    void keepsPagesThatLeftTheSiteButNotInACategoryView() {
        List<VersionTally> tallies = List.of(tally("/faq/gone/page/", "v9", List.of(0, 1, 0, 0, 0), 1));
        PageRating gone = RatingsReport.build(tallies, Catalogs.three(), Optional.empty()).get(0);
        assertEquals("/faq/gone/page/", gone.page());
        assertFalse(gone.live());
        assertEquals(List.of(Catalogs.FIRST, Catalogs.SECOND), RatingsReport.build(tallies, Catalogs.three(), Optional.of("alpha"))
                .stream().map(PageRating::page).toList());
    }

    @Test
    void putsTheBetterFoundedOfTwoEqualAveragesFirst() {
        List<PageRating> rows = RatingsReport.build(List.of(
                tally(Catalogs.FIRST, "v1-first", List.of(1, 0, 0, 0, 0), 1),
                tally(Catalogs.SECOND, "v1-second", List.of(5, 0, 0, 0, 0), 1)), Catalogs.three(), Optional.of("alpha"));
        assertEquals(List.of(Catalogs.SECOND, Catalogs.FIRST), rows.stream().map(PageRating::page).toList());
    }
}
