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
import java.util.Map;

/**
 * The figures behind the coordinators' dashboards, each one SQL statement over roll-ups kept by
 * triggers (V7, V18) or indexed columns (V6), counted in US Eastern days: no page counts raw rows, so
 * each costs the same at a thousand signatures or a million. Pages and CSV exports both read from here: the tables keep their
 * values and format them for the reader ({@link Table}); the overview's figures are words, so it is
 * made in the reader's {@link Words}, or in English for its CSV.
 */
public final class Dashboard {

    private Dashboard() {
    }

    /** A figure for the period and the one before, with the change in words that do not rely on colour. */
    public record Figure(String label, String value, String previous, String change, String note) {
    }

    public record Overview(Period period, List<Figure> figures, long pendingEvents, Words words) {

        /** "1 Mar 2021 to 10 Mar 2021, compared with the 10 days before". */
        public String getHeading() {
            return words.m().comparedWith(words.day(period.from()), words.day(period.to()), period.days());
        }
    }

    public static Overview overview(Period p, Words w) {
        DashboardMessages m = w.m();
        Period q = p.previous();
        List<Figure> figures = new ArrayList<>();
        long[] supporters = dayCounts("SELECT coalesce(sum(supporters) FILTER (WHERE day >= :sd), 0), coalesce(sum(supporters) FILTER (WHERE day < :sd), 0) "
                + "FROM daily_supporter WHERE day >= :psd AND day <= :ed", p, q);
        figures.add(count(w, m.newSupporters(), supporters[0], supporters[1], m.newSupportersNote()));
        long[] sig = dayCounts("SELECT coalesce(sum(signatures) FILTER (WHERE day >= :sd), 0), coalesce(sum(signatures) FILTER (WHERE day < :sd), 0), "
                + "coalesce(sum(verified) FILTER (WHERE day >= :sd), 0), coalesce(sum(verified) FILTER (WHERE day < :sd), 0) "
                + "FROM daily_signature WHERE day >= :psd AND day <= :ed", p, q);
        figures.add(count(w, m.signatures(), sig[0], sig[1], m.signaturesNote()));
        figures.add(rate(w, m.confirmedSignatures(), sig[2], sig[0], sig[3], sig[1], m.confirmedSignaturesNote()));
        long[] rsvp = dayCounts("SELECT coalesce(sum(rsvps) FILTER (WHERE day >= :sd), 0), coalesce(sum(rsvps) FILTER (WHERE day < :sd), 0) "
                + "FROM daily_rsvp WHERE day >= :psd AND day <= :ed", p, q);
        figures.add(count(w, m.rsvps(), rsvp[0], rsvp[1], m.rsvpsNote()));
        long[] attend = counts("SELECT coalesce(sum(t.going_checked_in) FILTER (WHERE e.ends_at >= :s), 0), "
                + "coalesce(sum(t.going) FILTER (WHERE e.ends_at >= :s), 0), "
                + "coalesce(sum(t.going_checked_in) FILTER (WHERE e.ends_at < :s), 0), coalesce(sum(t.going) FILTER (WHERE e.ends_at < :s), 0) "
                + "FROM event_tally t JOIN event e ON e.id = t.event_id "
                + "WHERE e.ends_at >= :ps AND e.ends_at < :e AND e.ends_at <= now()", p, q);
        figures.add(rate(w, m.attendance(), attend[0], attend[1], attend[2], attend[3], m.attendanceNote()));
        long[] letters = dayCounts("SELECT coalesce(sum(sent) FILTER (WHERE day >= :sd), 0), coalesce(sum(sent) FILTER (WHERE day < :sd), 0), "
                + "coalesce(sum(failed) FILTER (WHERE day >= :sd), 0), coalesce(sum(failed) FILTER (WHERE day < :sd), 0) "
                + "FROM daily_letter WHERE day >= :psd AND day <= :ed", p, q);
        figures.add(count(w, m.lettersSent(), letters[0], letters[1], m.lettersSentNote()));
        figures.add(count(w, m.lettersFailed(), letters[2], letters[3], m.lettersFailedNote()));
        long[] calls = counts("SELECT count(*) FILTER (WHERE created_at >= :s), count(*) FILTER (WHERE created_at < :s) "
                + "FROM call WHERE created_at >= :ps AND created_at < :e", p, q);
        figures.add(count(w, m.callsMade(), calls[0], calls[1], m.callsMadeNote()));
        long pending = ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM event WHERE status = 'PENDING'").getSingleResult()).longValue();
        return new Overview(p, figures, pending, w);
    }

    /** Signatures per day, for all petitions together and for each of the busiest three. */
    public static List<Table> signaturesPerDay(Period p, Words w) {
        List<Object[]> top = dayRows("SELECT d.petition_id, min(pt.title), sum(d.signatures) FROM daily_signature d JOIN petition pt ON pt.id = d.petition_id "
                + "WHERE d.day >= :sd AND d.day <= :ed GROUP BY d.petition_id HAVING sum(d.signatures) > 0 "
                + "ORDER BY sum(d.signatures) DESC, d.petition_id LIMIT 3", p);
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
            byDay.put(d, new long[1 + top.size()]);
        }
        // Summed by day in SQL, a column per busiest petition: a row per day (365 for a year), not one
        // per day and petition, which the profile showed costing more to map than to read.
        StringBuilder sql = new StringBuilder("SELECT day, sum(signatures)");
        for (int i = 0; i < top.size(); i++) {
            sql.append(", coalesce(sum(signatures) FILTER (WHERE petition_id = :p").append(i).append("), 0)");
        }
        Query perDay = Panache.getEntityManager().createNativeQuery(sql.append(" FROM daily_signature WHERE day >= :sd AND day <= :ed GROUP BY day").toString());
        for (int i = 0; i < top.size(); i++) {
            perDay.setParameter("p" + i, ((Number) top.get(i)[0]).longValue());
        }
        for (Object[] r : dayRows(perDay, p)) {
            long[] counts = byDay.get(date(r[0]));
            if (counts == null) {
                continue;
            }
            for (int i = 0; i < counts.length; i++) {
                counts[i] = ((Number) r[1 + i]).longValue();
            }
        }
        List<Table.Word> headings = new ArrayList<>(List.of(w.word(DashboardMessages::day), w.word(DashboardMessages::allPetitions)));
        top.forEach(t -> headings.add(Table.Word.same((String) t[1])));
        List<List<Object>> rows = new ArrayList<>();
        byDay.forEach((d, c) -> {
            List<Object> row = new ArrayList<>(List.of(d));
            for (long v : c) {
                row.add(v);
            }
            rows.add(row);
        });
        return List.of(new Table("signatures-per-day", caption(w, p, DashboardMessages::signaturesPerDay), headings, rows, w));
    }

    public static Table rsvpsPerWeek(Period p, Words w) {
        Map<LocalDate, long[]> byWeek = new LinkedHashMap<>();
        for (LocalDate monday = p.from().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)); !monday.isAfter(p.to()); monday = monday.plusWeeks(1)) {
            byWeek.put(monday, new long[2]);
        }
        for (Object[] r : dayRows("SELECT CAST(date_trunc('week', day) AS date), sum(going), sum(waitlisted) "
                + "FROM daily_rsvp WHERE day >= :sd AND day <= :ed GROUP BY 1", p)) {
            long[] c = byWeek.get(date(r[0]));
            if (c != null) {
                c[0] += ((Number) r[1]).longValue();
                c[1] += ((Number) r[2]).longValue();
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        byWeek.forEach((monday, c) -> rows.add(List.of(new Table.Week(monday), c[0], c[1])));
        return new Table("rsvps-per-week", caption(w, p, DashboardMessages::rsvpsPerWeek),
                List.of(w.word(DashboardMessages::week), w.word(DashboardMessages::going), w.word(DashboardMessages::waitingList)), rows, w);
    }

    public static Table lettersPerDay(Period p, Words w) {
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
            byDay.put(d, new long[2]);
        }
        for (Object[] r : dayRows("SELECT day, sent, failed FROM daily_letter WHERE day >= :sd AND day <= :ed", p)) {
            long[] c = byDay.get(date(r[0]));
            if (c != null) {
                c[0] += ((Number) r[1]).longValue();
                c[1] += ((Number) r[2]).longValue();
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        byDay.forEach((d, c) -> rows.add(List.of(d, c[0], c[1])));
        return new Table("letters-per-day", caption(w, p, DashboardMessages::lettersPerDay),
                List.of(w.word(DashboardMessages::day), w.word(DashboardMessages::sent), w.word(DashboardMessages::failed)), rows, w);
    }

    /** Hosts by the events they hosted and the people who came. */
    public static Table topHosts(Period p, Words w) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : rows("SELECT min(e.host_name), count(*), coalesce(sum(t.going_places), 0), coalesce(sum(t.checked_in), 0) "
                + "FROM event e LEFT JOIN event_tally t ON t.event_id = e.id "
                + "WHERE e.status IN ('PUBLISHED', 'CANCELLED') AND e.starts_at >= :s AND e.starts_at < :e "
                + "GROUP BY e.host_subject ORDER BY 3 DESC, 2 DESC LIMIT 20", p)) {
            rows.add(List.of(String.valueOf(r[0]), number(r[1]), number(r[2]), number(r[3])));
        }
        return new Table("top-hosts", caption(w, p, DashboardMessages::topHostsCaption), List.of(w.word(DashboardMessages::host),
                w.word(DashboardMessages::events), w.word(DashboardMessages::placesTaken), w.word(DashboardMessages::checkedIn)), rows, w);
    }

    public static Table petitionByDay(long petitionId, Period p, Words w) {
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
        List<List<Object>> rows = new ArrayList<>();
        byDay.forEach((d, c) -> rows.add(List.of(d, c[0], c[1])));
        return new Table("petition-per-day", caption(w, p, DashboardMessages::signaturesPerDay),
                List.of(w.word(DashboardMessages::day), w.word(DashboardMessages::signatures), w.word(DashboardMessages::confirmed)), rows, w);
    }

    public static Table petitionByState(long petitionId, Words w) {
        List<List<Object>> rows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        // From the roll-up by signer's ZIP (V18): a row per ZIP the petition's signers gave, however many
        // signed, each with its ZIP's state (V19).
        List<Object[]> result = Panache.getEntityManager().createNativeQuery("SELECT p.state, sum(p.signatures), sum(p.verified) "
                + "FROM petition_zip p "
                + "WHERE p.petition_id = ?1 GROUP BY 1 HAVING sum(p.signatures) > 0 ORDER BY 2 DESC, coalesce(p.state, 'Unknown')")
                .setParameter(1, petitionId).getResultList();
        for (Object[] r : result) {
            rows.add(List.of(r[0] == null ? w.word(DashboardMessages::unknown) : r[0], number(r[1]), number(r[2])));
        }
        return new Table("petition-by-state", w.m().signaturesByState(),
                List.of(w.word(DashboardMessages::state), w.word(DashboardMessages::signatures), w.word(DashboardMessages::confirmed)), rows, w);
    }

    public static Table eventRsvps(long eventId, Words w) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = Panache.getEntityManager().createNativeQuery("SELECT status, count(*), coalesce(sum(1 + guests), 0), count(checked_in_at) "
                + "FROM rsvp WHERE event_id = ?1 GROUP BY status ORDER BY status").setParameter(1, eventId).getResultList();
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : result) {
            Table.Word status = w.word(switch ((String) r[0]) {
                case "GOING" -> DashboardMessages::going;
                case "WAITLISTED" -> DashboardMessages::waitingList;
                default -> DashboardMessages::cancelled;
            });
            rows.add(List.of(status, number(r[1]), number(r[2]), number(r[3])));
        }
        return new Table("event-rsvps", w.m().rsvpsByStatus(), List.of(w.word(DashboardMessages::status), w.word(DashboardMessages::rsvps),
                w.word(DashboardMessages::placesWithGuests), w.word(DashboardMessages::checkedIn)), rows, w);
    }

    /** One series per given column of a table, for a chart, named by its heading as the page shows it. */
    public static List<SvgChart.Series> series(Table t, int... columns) {
        List<SvgChart.Series> out = new ArrayList<>();
        for (int c : columns) {
            long[] values = new long[t.cells().size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = t.number(r, c);
            }
            out.add(new SvgChart.Series(t.headings().get(c), values));
        }
        return out;
    }

    /** The day or week under each bar. */
    public static List<String> labels(Table t) {
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < t.cells().size(); r++) {
            labels.add(t.axisLabel(r));
        }
        return labels;
    }

    /** A column in words, for the chart's text alternative: "All petitions: 1,234 in all; the most, 120, on 12 Oct 2026." */
    public static String summary(Table t, int column) {
        long total = 0;
        long best = -1;
        int bestRow = -1;
        for (int r = 0; r < t.cells().size(); r++) {
            long v = t.number(r, column);
            total += v;
            if (v > best) {
                best = v;
                bestRow = r;
            }
        }
        Words w = t.words();
        String series = t.headings().get(column);
        return best > 0
                ? w.m().chartSummaryWithMost(series, w.number(total), w.number(best), t.shown(t.cells().get(bestRow).get(0)))
                : w.m().chartSummary(series, w.number(total));
    }

    private static Figure count(Words w, String label, long now, long before, String note) {
        return new Figure(label, w.number(now), w.number(before), change(w, now, before), note);
    }

    private static Figure rate(Words w, String label, long part, long whole, long partBefore, long wholeBefore, String note) {
        DashboardMessages m = w.m();
        String value = whole == 0 ? m.noData() : w.percent(Math.round(100.0 * part / whole));
        String previous = wholeBefore == 0 ? m.noData() : w.percent(Math.round(100.0 * partBefore / wholeBefore));
        String change;
        if (whole == 0 || wholeBefore == 0) {
            change = m.noComparison();
        } else {
            long diff = Math.round(100.0 * part / whole) - Math.round(100.0 * partBefore / wholeBefore);
            change = diff == 0 ? m.noChange() : diff > 0 ? m.upPoints(diff) : m.downPoints(-diff);
        }
        return new Figure(label, value, previous, change, note);
    }

    /** "Up 25 (+208%)", "Down 3 (-20%)", "Up 5 (none before)", "No change". */
    static String change(Words w, long now, long before) {
        DashboardMessages m = w.m();
        if (now == before) {
            return m.noChange();
        }
        if (before == 0) {
            return m.upFromNone(w.number(now));
        }
        long pct = Math.abs(Math.round(100.0 * (now - before) / before));
        String amount = w.number(Math.abs(now - before));
        return now > before ? m.up(amount, "+" + w.percent(pct)) : m.down(amount, "-" + w.percent(pct));
    }

    private static Long number(Object sqlNumber) {
        return ((Number) sqlNumber).longValue();
    }

    private static String caption(Words w, Period p, Caption caption) {
        return caption.apply(w.m(), w.day(p.from()), w.day(p.to()));
    }

    /** A caption message that places the period's first and last day. */
    @FunctionalInterface
    private interface Caption {
        String apply(DashboardMessages m, String from, String to);
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
