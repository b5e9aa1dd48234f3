package dev.faqsite.ratings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The shapes of {@code faqsite ratings report}: a table to read, CSV for a spreadsheet, JSON for scripts. */
public enum ReportFormat {
    TABLE, CSV, JSON;

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build(); // the caller's writer stays open

    /** A row as JSON: {@code page}, {@code votes}, {@code average}, {@code distribution} and the rest. */
    record JsonRow(String page, String title, String category, boolean live, String contentVersion, int votes, BigDecimal average,
                   Map<String, Integer> distribution, Map<String, Integer> reasons, JsonPrevious previous, BigDecimal change) {
    }

    /** The version before the live one. */
    record JsonPrevious(String contentVersion, int votes, BigDecimal average) {
    }

    public void write(List<PageRating> rows, Writer out) throws IOException {
        switch (this) {
            case TABLE -> table(rows, out);
            case CSV -> csv(rows, out);
            case JSON -> json(rows, out);
        }
        out.flush();
    }

    private static void table(List<PageRating> rows, Writer out) throws IOException {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"PAGE", "VOTES", "AVG", "1", "2", "3", "4", "5", "BEFORE", "CHANGE"});
        for (PageRating row : rows) {
            String[] line = new String[10];
            line[0] = row.page() + (row.live() ? "" : " (no longer in the site)");
            line[1] = String.valueOf(row.votes());
            line[2] = fixed(row.average(), false);
            for (int i = 0; i < 5; i++) {
                line[3 + i] = String.valueOf(row.current().counts().get(i));
            }
            line[8] = row.previous().map(p -> fixed(p.average(), false) + " (" + p.votes() + ")").orElse("-");
            line[9] = fixed(row.change(), true);
            lines.add(line);
        }
        int[] widths = new int[10];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", line[0]));
            for (int i = 1; i < line.length; i++) {
                text.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", line[i]));
            }
            out.write(text.toString().stripTrailing() + "\n");
        }
        long rated = rows.stream().filter(r -> r.votes() > 0).count();
        int votes = rows.stream().mapToInt(PageRating::votes).sum();
        out.write("\n" + rows.size() + " pages, " + rated + " rated, " + votes + " votes on their live versions. "
                + "BEFORE: average (votes) of the version before the live one; CHANGE: live average minus it.\n");
    }

    private static void csv(List<PageRating> rows, Writer out) throws IOException {
        out.write("page,title,category,live,content_version,votes,average,score_1,score_2,score_3,score_4,score_5,"
                + "previous_votes,previous_average,change\r\n");
        for (PageRating row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.page(), row.title(), row.category(), String.valueOf(row.live()),
                    row.contentVersion(), String.valueOf(row.votes()), plain(row.average())));
            row.current().counts().forEach(n -> cells.add(String.valueOf(n)));
            cells.add(row.previous().map(p -> String.valueOf(p.votes())).orElse(""));
            cells.add(row.previous().map(p -> plain(p.average())).orElse(""));
            cells.add(plain(row.change()));
            out.write(cells.stream().map(ReportFormat::csvCell).collect(Collectors.joining(",")) + "\r\n");
        }
    }

    private static void json(List<PageRating> rows, Writer out) throws IOException {
        List<JsonRow> json = rows.stream().map(r -> new JsonRow(r.page(), r.title(), r.category(), r.live(), r.contentVersion(),
                r.votes(), rounded(r.average()), distribution(r.current().counts()), r.current().reasons(),
                r.previous().map(p -> new JsonPrevious(p.contentVersion(), p.votes(), rounded(p.average()))).orElse(null),
                rounded(r.change()))).toList();
        MAPPER.writeValue(out, json);
        out.write("\n");
    }

    /** {@code {"1": n1, …, "5": n5}}: every score present, in order. */
    static Map<String, Integer> distribution(List<Integer> counts) {
        Map<String, Integer> distribution = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            distribution.put(String.valueOf(i + 1), counts.get(i));
        }
        return distribution;
    }

    private static BigDecimal rounded(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(2, RoundingMode.HALF_UP) : null;
    }

    private static String plain(OptionalDouble value) {
        return value.isPresent() ? rounded(value).toPlainString() : "";
    }

    private static String fixed(OptionalDouble value, boolean signed) {
        return value.isPresent() ? String.format(Locale.ROOT, signed ? "%+.2f" : "%.2f", value.getAsDouble()) : "-";
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
