package org.advocacyhub.dashboard;

import java.util.List;
import java.util.Locale;
import org.advocacyhub.web.Formats;

/**
 * Bar charts drawn on the server as SVG: no chart library and no script in the browser. They read
 * in grayscale (the second series is hatched, not just another colour), scale with the page, and
 * carry a text alternative; the page puts the same figures in a table under each chart.
 */
public final class SvgChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 16;
    private static final int BOTTOM = 48;

    private SvgChart() {
    }

    public record Series(String name, long[] values) {
    }

    /**
     * One chart: labels along the bottom, one bar per label and series. The words (title, summary, labels,
     * series names) come in the reader's language; the scale's numbers are written in their {@code locale}.
     */
    public static String bars(String id, String title, String summary, List<String> labels, List<Series> series, Locale locale) {
        int n = Math.max(1, labels.size());
        long max = 1;
        for (Series s : series) {
            for (long v : s.values()) {
                max = Math.max(max, v);
            }
        }
        // At least 2, so the half-way line is a whole number: a scale of 0, 0, 1 would mislead.
        long top = Math.max(2, niceCeiling(max));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double slot = plotW / n;
        double barW = Math.max(1, (slot * 0.8) / series.size());

        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT + (series.size() > 1 ? 24 : 0))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(esc(summary)).append("</desc>");
        svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1b1b1b\" stroke-width=\"3\"/></pattern></defs>");
        // Grid lines and the scale: 0, half and the top.
        for (int i = 0; i <= 2; i++) {
            long value = top * i / 2;
            double y = TOP + plotH - plotH * i / 2;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#6f6f6f\" stroke-width=\"").append(i == 0 ? "2" : "1")
                    .append("\"").append(i == 0 ? "" : " stroke-dasharray=\"4 4\"").append("/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 5)).append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#1b1b1b\">")
                    .append(Formats.number(value, locale)).append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            long[] values = series.get(s).values();
            String fill = s == 0 ? "#3b1f6b" : "url(#" + id + "-hatch)";
            for (int i = 0; i < values.length && i < n; i++) {
                double h = plotH * values[i] / top;
                double x = LEFT + slot * i + slot * 0.1 + barW * s;
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotH - h)).append("\" width=\"").append(fmt(barW))
                        .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(fill).append("\"")
                        .append(s == 0 ? "" : " stroke=\"#1b1b1b\" stroke-width=\"1\"").append("/>");
            }
        }
        int every = (int) Math.ceil(n / 8.0);
        for (int i = 0; i < labels.size(); i += every) {
            double x = LEFT + slot * i + slot / 2;
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1b1b1b\">").append(esc(labels.get(i))).append("</text>");
        }
        if (series.size() > 1) {
            int y = HEIGHT + 4;
            int x = LEFT;
            for (int s = 0; s < series.size(); s++) {
                String fill = s == 0 ? "#3b1f6b" : "url(#" + id + "-hatch)";
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"16\" height=\"16\" fill=\"").append(fill)
                        .append("\" stroke=\"#1b1b1b\" stroke-width=\"1\"/>");
                svg.append("<text x=\"").append(x + 22).append("\" y=\"").append(y + 13).append("\" font-size=\"14\" fill=\"#1b1b1b\">")
                        .append(esc(series.get(s).name())).append("</text>");
                x += 40 + series.get(s).name().length() * 8;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** 1, 2, 5 × 10^k at or above the value, so the scale reads in round numbers. */
    static long niceCeiling(long v) {
        long magnitude = 1;
        while (magnitude * 10 <= v) {
            magnitude *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** One decimal, as "%.1f" in US English writes it, without String.format: a year's chart writes thousands. */
    static String fmt(double d) {
        long tenths = Math.round(d * 10);
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
