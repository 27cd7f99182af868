package org.advocacyhub.web;

import java.io.IOException;
import java.io.Writer;

/** CSV rows as RFC 4180 has them: fields quoted when needed, quotes doubled, CRLF line ends. */
public final class Csv {

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
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
