package org.advocacyhub.dashboard;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.advocacyhub.web.Csv;

/**
 * A table of figures as the dashboards show it: a caption, column headings, rows of cells. The same
 * object renders as an HTML table in the reader's language and downloads as CSV, so the two never
 * disagree. Cells keep their values ({@code Long}, {@code LocalDate}, {@link Week}, {@link Word} or a
 * name as {@code String}): the page formats them for the reader, the CSV writes them plainly, with
 * English headings and words, ISO days and ungrouped numbers, for spreadsheets and scripts.
 */
public record Table(String id, String caption, List<Word> columns, List<List<Object>> cells, Words words) {

    /** Words the page shows in the reader's language and the CSV carries in English. */
    public record Word(String csv, String shown) {

        /** A name, the same in every language: a petition's title, a host, a state. */
        public static Word same(String text) {
            return new Word(text, text);
        }
    }

    /** The week starting on this Monday. */
    public record Week(LocalDate monday) {
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The headings as the page shows them. */
    public List<String> headings() {
        return columns.stream().map(Word::shown).toList();
    }

    /** The cells as the page shows them. */
    public List<List<String>> rows() {
        return cells.stream().map(r -> r.stream().map(this::shown).toList()).toList();
    }

    public long number(int row, int column) {
        return (Long) cells.get(row).get(column);
    }

    String shown(Object cell) {
        return switch (cell) {
            case Long n -> words.number(n);
            case LocalDate d -> words.day(d);
            case Week w -> words.m().weekOf(words.day(w.monday()));
            case Word w -> w.shown();
            default -> String.valueOf(cell);
        };
    }

    static String csv(Object cell) {
        return switch (cell) {
            case Week w -> "Week of " + w.monday();
            case Word w -> w.csv();
            default -> String.valueOf(cell);
        };
    }

    /** The first cell of a row as a chart says it under its bar: "3/1" in English, "1/3" in Spanish. */
    String axisLabel(int row) {
        Object first = cells.get(row).get(0);
        LocalDate day = first instanceof Week w ? w.monday() : first instanceof LocalDate d ? d : null;
        return day == null ? shown(first) : AXIS.computeIfAbsent(words.m().chartDayPattern() + "|" + words.locale().toLanguageTag(),
                k -> DateTimeFormatter.ofPattern(words.m().chartDayPattern(), words.locale())).format(day);
    }

    /** The chart's day pattern per language, parsed once rather than for each of a year's bars. */
    private static final java.util.Map<String, DateTimeFormatter> AXIS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The CSV download, written row by row to the response. */
    public Response csv(String filename) {
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            Csv.row(w, columns.stream().map(Word::csv).toArray(String[]::new));
            for (List<Object> row : cells) {
                Csv.row(w, row.stream().map(Table::csv).toArray(String[]::new));
            }
            w.flush();
        };
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"").build();
    }
}
