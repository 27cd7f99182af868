package org.advocacyhub.supporter;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file one record at a time (RFC 4180: quoted cells may hold the separator, doubled quotes
 * and line breaks), so that a 100,000-row file never sits in memory whole. A cell is cut at
 * {@link #MAX_CELL} characters and the record marked, so a quote left open cannot make one cell of the
 * rest of the file. Line numbers are the file's, as a spreadsheet shows them: the line a record starts on.
 */
final class CsvRecords {

    static final int MAX_CELL = 1_000;
    static final int MAX_CELLS = 200;

    /** One record: its cells, the line it starts on, and what was wrong with it while reading. */
    record Row(List<String> cells, int line, boolean tooLong, boolean hasNul) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private final Reader in;
    private final char separator;
    private int line = 1;
    private int pushedBack = -2;

    CsvRecords(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The separator the header line uses most: ',' (the default), ';' (spreadsheets in Spanish) or tab. */
    static char guessSeparator(String firstLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : firstLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** The next record, or null at the end of the file. */
    Row next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        pushedBack = c;
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean tooLong = false;
        boolean nul = false;
        boolean quoted = false;
        boolean cellStarted = false;
        while (true) {
            c = read();
            if (c == -1) {
                break;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int after = read();
                    if (after == '"') {
                        tooLong |= append(cell, '"');
                        continue;
                    }
                    quoted = false;
                    pushedBack = after;
                    continue;
                }
                if (ch == '\n') {
                    line++;
                }
                nul |= ch == 0;
                tooLong |= append(cell, ch);
                continue;
            }
            if (ch == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
                continue;
            }
            if (ch == separator) {
                addCell(cells, cell);
                cell.setLength(0);
                cellStarted = false;
                continue;
            }
            if (ch == '\r') {
                int after = read();
                if (after != '\n') {
                    pushedBack = after;
                }
                line++;
                break;
            }
            if (ch == '\n') {
                line++;
                break;
            }
            nul |= ch == 0;
            cellStarted = true;
            tooLong |= append(cell, ch);
        }
        addCell(cells, cell);
        return new Row(cells, start, tooLong, nul);
    }

    private static void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() < MAX_CELLS) {
            cells.add(cell.toString());
        }
    }

    /** Appends unless the cell is full; true when it was (the record is marked, the rest dropped). */
    private static boolean append(StringBuilder cell, char c) {
        if (cell.length() >= MAX_CELL) {
            return true;
        }
        cell.append(c);
        return false;
    }
}
