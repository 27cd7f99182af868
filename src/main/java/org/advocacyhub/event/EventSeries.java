package org.advocacyhub.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Events that repeat: a monthly support group typed in once. Each occurrence is an ordinary {@link Event}
 * (own page, RSVPs, reminders) pointing here; the series itself only holds how it repeats.
 */
@Entity
@Table(name = "event_series")
public class EventSeries extends PanacheEntityBase {

    /** The most occurrences one series makes: half a year of weekly meetings. */
    public static final int MAX_OCCURRENCES = 26;

    public enum Repeat {
        WEEKLY, BIWEEKLY,
        /** The same weekday of the month: "the 2nd Tuesday"; a start in the month's last week means "the last Tuesday". */
        MONTHLY_WEEKDAY;

        static Repeat parse(String s) {
            for (Repeat r : values()) {
                if (r.name().equals(s)) {
                    return r;
                }
            }
            return null;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Repeat repeat;

    @Column(name = "host_subject")
    public String hostSubject;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /** The occurrences, first to last. */
    public static List<Event> occurrences(long seriesId) {
        return Event.list("seriesId = ?1 order by startsAt, id", seriesId);
    }

    /**
     * The starts of {@code count} occurrences from the first one, in the event's own zone: 7 pm stays 7 pm
     * across a change to or from daylight saving time, and a month's "2nd Tuesday" is found in each month.
     */
    public static List<ZonedDateTime> starts(ZonedDateTime first, Repeat repeat, int count) {
        List<ZonedDateTime> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            starts.add(switch (repeat) {
                case WEEKLY -> first.plusWeeks(i);
                case BIWEEKLY -> first.plusWeeks(2L * i);
                case MONTHLY_WEEKDAY -> monthly(first, i);
            });
        }
        return starts;
    }

    private static ZonedDateTime monthly(ZonedDateTime first, int monthsLater) {
        LocalDate day = first.toLocalDate();
        LocalDate month = day.withDayOfMonth(1).plusMonths(monthsLater);
        LocalDate target = isLastWeek(day)
                ? month.with(TemporalAdjusters.lastInMonth(day.getDayOfWeek()))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth(day), day.getDayOfWeek()));
        return ZonedDateTime.of(target, first.toLocalTime(), first.getZone());
    }

    /** 1 for the first Tuesday of the month, 2 for the second ... */
    static int weekOfMonth(LocalDate day) {
        return (day.getDayOfMonth() - 1) / 7 + 1;
    }

    /** A fifth weekday exists in some months only: such a start repeats on the month's last one. */
    static boolean isLastWeek(LocalDate day) {
        return weekOfMonth(day) == 5;
    }
}
