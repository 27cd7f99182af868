package org.advocacyhub.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures behind the coordinators' dashboards, each one SQL statement over indexed columns
 * (V6), counted in US Eastern days. Pages and CSV exports both read from here.
 */
public final class Dashboard {

    private static final String TZ = "'America/New_York'";

    private Dashboard() {
    }

    /** A figure for the period and the one before, with the change in words that do not rely on colour. */
    public record Figure(String label, String value, String previous, String change, String note) {
    }

    public record Overview(Period period, List<Figure> figures, long pendingEvents) {
    }

    public static Overview overview(Period p) {
        Period q = p.previous();
        List<Figure> figures = new ArrayList<>();
        long[] supporters = dayCounts("SELECT coalesce(sum(supporters) FILTER (WHERE day >= :sd), 0), coalesce(sum(supporters) FILTER (WHERE day < :sd), 0) "
                + "FROM daily_supporter WHERE day >= :psd AND day <= :ed", p, q);
        figures.add(count("New supporters", supporters[0], supporters[1], "people we heard from for the first time"));
        long[] sig = dayCounts("SELECT coalesce(sum(signatures) FILTER (WHERE day >= :sd), 0), coalesce(sum(signatures) FILTER (WHERE day < :sd), 0), "
                + "coalesce(sum(verified) FILTER (WHERE day >= :sd), 0), coalesce(sum(verified) FILTER (WHERE day < :sd), 0) "
                + "FROM daily_signature WHERE day >= :psd AND day <= :ed", p, q);
        figures.add(count("Signatures", sig[0], sig[1], "on all petitions"));
        figures.add(rate("Confirmed signatures", sig[2], sig[0], sig[3], sig[1], "of the period's signatures whose e-mail was confirmed"));
        long[] rsvp = dayCounts("SELECT coalesce(sum(rsvps) FILTER (WHERE day >= :sd), 0), coalesce(sum(rsvps) FILTER (WHERE day < :sd), 0) "
                + "FROM daily_rsvp WHERE day >= :psd AND day <= :ed", p, q);
        figures.add(count("RSVPs", rsvp[0], rsvp[1], "answers to events, including the waiting list"));
        long[] attend = counts("SELECT count(r.checked_in_at) FILTER (WHERE e.ends_at >= :s), count(*) FILTER (WHERE e.ends_at >= :s), "
                + "count(r.checked_in_at) FILTER (WHERE e.ends_at < :s), count(*) FILTER (WHERE e.ends_at < :s) "
                + "FROM rsvp r JOIN event e ON e.id = r.event_id "
                + "WHERE r.status = 'GOING' AND e.ends_at >= :ps AND e.ends_at < :e AND e.ends_at <= now()", p, q);
        figures.add(rate("Attendance", attend[0], attend[1], attend[2], attend[3], "of people going to events that ended in the period who were checked in"));
        long[] sent = counts("SELECT count(*) FILTER (WHERE sent_at >= :s), count(*) FILTER (WHERE sent_at < :s) "
                + "FROM letter WHERE sent_at >= :ps AND sent_at < :e", p, q);
        figures.add(count("Letters sent", sent[0], sent[1], "to legislators' offices"));
        long[] failed = counts("SELECT count(*) FILTER (WHERE created_at >= :s), count(*) FILTER (WHERE created_at < :s) "
                + "FROM letter WHERE status = 'FAILED' AND created_at >= :ps AND created_at < :e", p, q);
        figures.add(count("Letters failed", failed[0], failed[1], "written in the period and not delivered after every retry"));
        long pending = ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM event WHERE status = 'PENDING'").getSingleResult()).longValue();
        return new Overview(p, figures, pending);
    }

    /** Signatures per day, for all petitions together and for each of the busiest three. */
    public static List<Table> signaturesPerDay(Period p) {
        List<Object[]> top = dayRows("SELECT d.petition_id, min(pt.title), sum(d.signatures) FROM daily_signature d JOIN petition pt ON pt.id = d.petition_id "
                + "WHERE d.day >= :sd AND d.day <= :ed GROUP BY d.petition_id HAVING sum(d.signatures) > 0 "
                + "ORDER BY sum(d.signatures) DESC, d.petition_id LIMIT 3", p);
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
            byDay.put(d, new long[1 + top.size()]);
        }
        for (Object[] r : dayRows("SELECT day, petition_id, signatures FROM daily_signature WHERE day >= :sd AND day <= :ed", p)) {
            long[] counts = byDay.get(date(r[0]));
            if (counts == null) {
                continue;
            }
            long n = ((Number) r[2]).longValue();
            counts[0] += n;
            for (int i = 0; i < top.size(); i++) {
                if (((Number) top.get(i)[0]).longValue() == ((Number) r[1]).longValue()) {
                    counts[1 + i] += n;
                }
            }
        }
        List<String> headings = new ArrayList<>(List.of("Day", "All petitions"));
        top.forEach(t -> headings.add((String) t[1]));
        List<List<String>> rows = new ArrayList<>();
        byDay.forEach((d, c) -> {
            List<String> row = new ArrayList<>(List.of(d.toString()));
            for (long v : c) {
                row.add(String.valueOf(v));
            }
            rows.add(row);
        });
        return List.of(new Table("signatures-per-day", "Signatures per day, " + p.getLabel(), headings, rows));
    }

    public static Table rsvpsPerWeek(Period p) {
        Map<LocalDate, long[]> byWeek = new LinkedHashMap<>();
        for (LocalDate w = p.from().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)); !w.isAfter(p.to()); w = w.plusWeeks(1)) {
            byWeek.put(w, new long[2]);
        }
        for (Object[] r : dayRows("SELECT CAST(date_trunc('week', day) AS date), sum(going), sum(waitlisted) "
                + "FROM daily_rsvp WHERE day >= :sd AND day <= :ed GROUP BY 1", p)) {
            long[] c = byWeek.get(date(r[0]));
            if (c != null) {
                c[0] += ((Number) r[1]).longValue();
                c[1] += ((Number) r[2]).longValue();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byWeek.forEach((w, c) -> rows.add(List.of("Week of " + w, String.valueOf(c[0]), String.valueOf(c[1]))));
        return new Table("rsvps-per-week", "RSVPs per week (still going, and on a waiting list), " + p.getLabel(),
                List.of("Week", "Going", "Waiting list"), rows);
    }

    public static Table lettersPerDay(Period p) {
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
            byDay.put(d, new long[2]);
        }
        for (Object[] r : rows("SELECT CAST(sent_at AT TIME ZONE " + TZ + " AS date), count(*) FROM letter "
                + "WHERE sent_at >= :s AND sent_at < :e GROUP BY 1", p)) {
            long[] c = byDay.get(date(r[0]));
            if (c != null) {
                c[0] += ((Number) r[1]).longValue();
            }
        }
        for (Object[] r : rows("SELECT CAST(created_at AT TIME ZONE " + TZ + " AS date), count(*) FROM letter "
                + "WHERE status = 'FAILED' AND created_at >= :s AND created_at < :e GROUP BY 1", p)) {
            long[] c = byDay.get(date(r[0]));
            if (c != null) {
                c[1] += ((Number) r[1]).longValue();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byDay.forEach((d, c) -> rows.add(List.of(d.toString(), String.valueOf(c[0]), String.valueOf(c[1]))));
        return new Table("letters-per-day", "Letters per day, sent and failed, " + p.getLabel(), List.of("Day", "Sent", "Failed"), rows);
    }

    /** Hosts by the events they hosted and the people who came. */
    public static Table topHosts(Period p) {
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : rows("SELECT min(e.host_name), count(DISTINCT e.id), "
                + "coalesce(sum(1 + r.guests) FILTER (WHERE r.status = 'GOING'), 0), count(r.checked_in_at) "
                + "FROM event e LEFT JOIN rsvp r ON r.event_id = e.id "
                + "WHERE e.status IN ('PUBLISHED', 'CANCELLED') AND e.starts_at >= :s AND e.starts_at < :e "
                + "GROUP BY e.host_subject ORDER BY 3 DESC, 2 DESC LIMIT 20", p)) {
            rows.add(List.of((String) r[0], String.valueOf(r[1]), String.valueOf(r[2]), String.valueOf(r[3])));
        }
        return new Table("top-hosts", "Top hosts by places taken, events starting " + p.getLabel(),
                List.of("Host", "Events", "Places taken", "Checked in"), rows);
    }

    public static Table petitionByDay(long petitionId, Period p) {
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
            byDay.put(d, new long[2]);
        }
        Query q = Panache.getEntityManager().createNativeQuery("SELECT day, signatures, verified "
                + "FROM daily_signature WHERE petition_id = :id AND day >= :sd AND day <= :ed")
                .setParameter("id", petitionId);
        for (Object[] r : dayRows(q, p)) {
            long[] c = byDay.get(date(r[0]));
            if (c != null) {
                c[0] = ((Number) r[1]).longValue();
                c[1] = ((Number) r[2]).longValue();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byDay.forEach((d, c) -> rows.add(List.of(d.toString(), String.valueOf(c[0]), String.valueOf(c[1]))));
        return new Table("petition-per-day", "Signatures per day, " + p.getLabel(), List.of("Day", "Signatures", "Confirmed"), rows);
    }

    public static Table petitionByState(long petitionId) {
        List<List<String>> rows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> result = Panache.getEntityManager().createNativeQuery("SELECT coalesce(z.state, 'Unknown'), count(*), count(g.verified_at) "
                + "FROM signature g JOIN supporter s ON s.id = g.supporter_id LEFT JOIN zip_area z ON z.zip = s.zip "
                + "WHERE g.petition_id = ?1 GROUP BY 1 ORDER BY 2 DESC, 1").setParameter(1, petitionId).getResultList();
        for (Object[] r : result) {
            rows.add(List.of((String) r[0], String.valueOf(r[1]), String.valueOf(r[2])));
        }
        return new Table("petition-by-state", "Signatures by state (from the signer's ZIP code), all time",
                List.of("State", "Signatures", "Confirmed"), rows);
    }

    public static Table eventRsvps(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = Panache.getEntityManager().createNativeQuery("SELECT status, count(*), coalesce(sum(1 + guests), 0), count(checked_in_at) "
                + "FROM rsvp WHERE event_id = ?1 GROUP BY status ORDER BY status").setParameter(1, eventId).getResultList();
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : result) {
            String status = switch ((String) r[0]) {
                case "GOING" -> "Going";
                case "WAITLISTED" -> "Waiting list";
                default -> "Cancelled";
            };
            rows.add(List.of(status, String.valueOf(r[1]), String.valueOf(r[2]), String.valueOf(r[3])));
        }
        return new Table("event-rsvps", "RSVPs by status", List.of("Status", "RSVPs", "Places (with guests)", "Checked in"), rows);
    }

    /** The labels and one series per column (after the first) of a table, for a chart. */
    public static List<SvgChart.Series> series(Table t, int... columns) {
        List<SvgChart.Series> out = new ArrayList<>();
        for (int c : columns) {
            long[] values = t.rows().stream().mapToLong(r -> Long.parseLong(r.get(c))).toArray();
            out.add(new SvgChart.Series(t.headings().get(c), values));
        }
        return out;
    }

    public static List<String> labels(Table t) {
        return t.rows().stream().map(r -> shortLabel(r.get(0))).toList();
    }

    /** "In all: 1,234; the most on 12 Oct (120)." */
    public static String summary(Table t, int column) {
        long total = 0;
        long best = -1;
        String bestLabel = "";
        for (List<String> r : t.rows()) {
            long v = Long.parseLong(r.get(column));
            total += v;
            if (v > best) {
                best = v;
                bestLabel = r.get(0);
            }
        }
        return String.format(Locale.US, "%s: %,d in all%s.", t.headings().get(column), total,
                best > 0 ? String.format(Locale.US, "; the most, %,d, on %s", best, bestLabel) : "");
    }

    private static String shortLabel(String s) {
        try {
            LocalDate d = LocalDate.parse(s.replace("Week of ", ""));
            return d.getMonthValue() + "/" + d.getDayOfMonth();
        } catch (java.time.DateTimeException e) {
            return s;
        }
    }

    private static Figure count(String label, long now, long before, String note) {
        return new Figure(label, String.format(Locale.US, "%,d", now), String.format(Locale.US, "%,d", before), change(now, before), note);
    }

    private static Figure rate(String label, long part, long whole, long partBefore, long wholeBefore, String note) {
        String value = whole == 0 ? "No data" : String.format(Locale.US, "%d%%", Math.round(100.0 * part / whole));
        String previous = wholeBefore == 0 ? "No data" : String.format(Locale.US, "%d%%", Math.round(100.0 * partBefore / wholeBefore));
        String change;
        if (whole == 0 || wholeBefore == 0) {
            change = "No comparison";
        } else {
            long diff = Math.round(100.0 * part / whole) - Math.round(100.0 * partBefore / wholeBefore);
            change = diff == 0 ? "No change" : (diff > 0 ? "Up " : "Down ") + Math.abs(diff) + " points";
        }
        return new Figure(label, value, previous, change, note);
    }

    static String change(long now, long before) {
        if (now == before) {
            return "No change";
        }
        if (before == 0) {
            return String.format(Locale.US, "Up %,d (none before)", now);
        }
        long pct = Math.round(100.0 * (now - before) / before);
        return String.format(Locale.US, "%s %,d (%s%d%%)", now > before ? "Up" : "Down", Math.abs(now - before), now > before ? "+" : "-", Math.abs(pct));
    }

    private static long[] counts(String sql, Period p, Period previous) {
        Object result = Panache.getEntityManager().createNativeQuery(sql)
                .setParameter("s", Timestamp.from(p.start()))
                .setParameter("e", Timestamp.from(p.end()))
                .setParameter("ps", Timestamp.from(previous.start()))
                .getSingleResult();
        Object[] row = result instanceof Object[] a ? a : new Object[] {result};
        long[] out = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = ((Number) row[i]).longValue();
        }
        return out;
    }

    private static long[] dayCounts(String sql, Period p, Period previous) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(sql)
                .setParameter("sd", p.from()).setParameter("ed", p.to()).setParameter("psd", previous.from())
                .getSingleResult();
        long[] out = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = ((Number) row[i]).longValue();
        }
        return out;
    }

    private static List<Object[]> dayRows(String sql, Period p) {
        return dayRows(Panache.getEntityManager().createNativeQuery(sql), p);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> dayRows(Query q, Period p) {
        return q.setParameter("sd", p.from()).setParameter("ed", p.to()).getResultList();
    }

    private static List<Object[]> rows(String sql, Period p) {
        return rows(Panache.getEntityManager().createNativeQuery(sql), p);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q, Period p) {
        return q.setParameter("s", Timestamp.from(p.start())).setParameter("e", Timestamp.from(p.end())).getResultList();
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    static long daysBetween(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
