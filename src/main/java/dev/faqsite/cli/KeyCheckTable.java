package dev.faqsite.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

/** Prints a check as a table of regions, then the verdict and the advice. */
final class KeyCheckTable {

    private static final List<String> HEADINGS = List.of("Region", "Location", "Status", "HTTP", "Latency", "Checked (UTC)", "Attempt");

    private KeyCheckTable() {
    }

    static void print(KeyCheckRound round, PrintStream out) {
        List<Function<KeyCheckRound.Row, String>> cells = List.of(KeyCheckRound.Row::region, KeyCheckRound.Row::location,
                KeyCheckRound.Row::status, KeyCheckRound.Row::http, KeyCheckRound.Row::latency, KeyCheckRound.Row::checkedAt,
                r -> Integer.toString(r.attempt()));
        int[] widths = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            widths[c] = HEADINGS.get(c).length();
            for (KeyCheckRound.Row row : round.rows()) {
                widths[c] = Math.max(widths[c], cells.get(c).apply(row).length());
            }
        }
        out.println(line(HEADINGS, widths));
        for (KeyCheckRound.Row row : round.rows()) {
            out.println(line(cells.stream().map(cell -> cell.apply(row)).toList(), widths));
            if (!row.note().isEmpty()) {
                out.println(" ".repeat(widths[0] + 2) + row.note());
            }
        }
        out.println();
        out.println("Verdict: " + round.headline() + " (key " + round.fingerprint() + ", check " + round.attempt() + ", "
                + round.elapsedMs() + " ms)");
        for (String advice : round.advice()) {
            out.println("  - " + advice);
        }
    }

    private static String line(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            line.append(value).append(i + 1 < values.size() ? " ".repeat(widths[i] - value.length() + 2) : "");
        }
        return line.toString().stripTrailing();
    }
}
