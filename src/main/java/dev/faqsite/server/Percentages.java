package dev.faqsite.server;

import java.util.List;

/** Whole percentages of a total that add up to exactly 100 (largest remainder), so that stacked bars fill their width. */
final class Percentages {

    private Percentages() {
    }

    static int[] of(List<Integer> counts) {
        int[] widths = new int[counts.size()];
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return widths;
        }
        long[] remainders = new long[counts.size()];
        int given = 0;
        for (int i = 0; i < widths.length; i++) {
            long scaled = 100L * counts.get(i);
            widths[i] = (int) (scaled / total);
            remainders[i] = scaled % total;
            given += widths[i];
        }
        for (; given < 100; given++) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            widths[largest]++;
            remainders[largest] = -1;
        }
        return widths;
    }
}
