package dev.faqsite.server;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PercentagesTest {

    @Test
    void givesWholePercentagesThatAddUpToAHundred() {
        assertArrayEquals(new int[] {34, 33, 33, 0, 0}, Percentages.of(List.of(1, 1, 1, 0, 0)));
        assertArrayEquals(new int[] {14, 14, 14, 29, 29}, Percentages.of(List.of(1, 1, 1, 2, 2)));
        assertArrayEquals(new int[] {0, 0, 0, 0, 100}, Percentages.of(List.of(0, 0, 0, 0, 7)));
    }

    @Test
    void givesNothingWithoutVotes() {
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, Percentages.of(List.of(0, 0, 0, 0, 0)));
    }
}
