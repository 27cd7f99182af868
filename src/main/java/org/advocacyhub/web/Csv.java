package org.advocacyhub.web;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * CSV rows as RFC 4180 has them (quotes doubled, CRLF line ends), made safe to open in any
 * spreadsheet. Our files are comma-separated, but a spreadsheet set to a locale whose list separator
 * is ";" (most of Europe and Latin America) splits each line at every ";" and ignores our quotes, so a
 * value such as {@code x;=HYPERLINK(...)} would become a cell that starts with "=" and runs as a
 * formula. So every text cell is quoted, and a formula start is neutralised (a leading apostrophe,
 * which spreadsheets read as "this is text") wherever a cell could begin: at the start of the value
 * and after any character some spreadsheet splits or quotes at.
 */
public final class Csv {

    /** Characters that make a spreadsheet evaluate the cell that starts with them. */
    private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    /** Where some spreadsheet, in some locale, may start a new cell: separators, line ends, quotes. */
    private static final String CELL_BOUNDARY = ",;\t\r\n\"|";
    /** A plain number stays a number (unquoted), so sums work; "-5" is not a formula. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,9})?");

    private Csv() {
    }

    public static void row(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields[i]));
        }
        w.write("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (NUMBER.matcher(value).matches()) {
            return value;
        }
        return '"' + neutralised(value).replace("\"", "\"\"") + '"';
    }

    /**
     * An apostrophe before every formula start that could begin a cell: at the start, or after a cell
     * boundary and any spaces (some spreadsheets trim them).
     */
    static String neutralised(String value) {
        StringBuilder out = new StringBuilder(value.length() + 4);
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && FORMULA_START.indexOf(c) >= 0) {
                out.append('\'');
            }
            out.append(c);
            if (CELL_BOUNDARY.indexOf(c) >= 0) {
                cellStart = true;
            } else if (c != ' ' && c != '\u00A0') {
                cellStart = false;
            }
        }
        return out.toString();
    }
}
