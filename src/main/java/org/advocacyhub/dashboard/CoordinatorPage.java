package org.advocacyhub.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.event.Event;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.web.Formats;
import org.advocacyhub.web.Language;

/**
 * The coordinators' dashboards: the overview for a date range with the change against the period
 * before, charts drawn on the server, a table under every chart, and every table as CSV.
 */
@Path("/coordinator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class CoordinatorPage {

    @Inject
    org.advocacyhub.audit.Audit audit;

    @Inject
    Language language;

    /** A chart and the table it draws, shown one under the other. */
    public record Chart(String title, Table table, String svg, String csvUrl, boolean showTable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Dashboard.Overview overview, List<Chart> charts, Table hosts, String hostsCsv,
                List<Petition> petitions, List<Event> events);

        static native TemplateInstance petition(Petition petition, Period period, Chart perDay, Table byState, String byStateCsv);

        static native TemplateInstance event(Event event, String when, Table rsvps, String rsvpsCsv);
    }

    @GET
    public TemplateInstance overview(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = Period.parse(from, to);
        Words w = words();
        List<Chart> charts = new ArrayList<>();
        // Small multiples: all petitions, then one chart per busiest petition, so each reads alone in grayscale.
        Table signatures = Dashboard.signaturesPerDay(p, w).get(0);
        int last = signatures.headings().size() - 1;
        for (int c = 1; c <= last; c++) {
            String title = c == 1 ? w.m().signaturesChartAll() : w.m().signaturesChartOne(signatures.headings().get(c));
            charts.add(new Chart(title, signatures, SvgChart.bars("chart-signatures-" + c, title, Dashboard.summary(signatures, c),
                    Dashboard.labels(signatures), Dashboard.series(signatures, c), w.locale()),
                    "/coordinator/tables/signatures-per-day.csv?" + p.query(), c == last));
        }
        Table rsvps = Dashboard.rsvpsPerWeek(p, w);
        charts.add(chart(rsvps, "/coordinator/tables/rsvps-per-week.csv?" + p.query(), 1, 2));
        Table letters = Dashboard.lettersPerDay(p, w);
        charts.add(chart(letters, "/coordinator/tables/letters-per-day.csv?" + p.query(), 1, 2));
        return Templates.overview(Dashboard.overview(p, w), charts, Dashboard.topHosts(p, w), "/coordinator/tables/top-hosts.csv?" + p.query(),
                Petition.find("order by createdAt desc").page(0, 20).list(),
                Event.find("status in ('PUBLISHED', 'CANCELLED') and startsAt < ?1 order by startsAt desc", p.end()).page(0, 20).list());
    }

    @GET
    @Path("tables/{table}.csv")
    @Produces("text/csv")
    public Response overviewCsv(@PathParam("table") String table, @QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = Period.parse(from, to);
        Words w = Words.english();
        Table t = switch (table) {
            case "signatures-per-day" -> Dashboard.signaturesPerDay(p, w).get(0);
            case "rsvps-per-week" -> Dashboard.rsvpsPerWeek(p, w);
            case "letters-per-day" -> Dashboard.lettersPerDay(p, w);
            case "top-hosts" -> Dashboard.topHosts(p, w);
            case "overview" -> overviewTable(Dashboard.overview(p, w));
            default -> throw new NotFoundException();
        };
        if (table.equals("top-hosts")) {
            // The only overview table that names people: the hosts.
            audit.record(org.advocacyhub.audit.AuditAction.EXPORT, "dashboard:top-hosts", t.cells().size(), p.from() + " to " + p.to());
        }
        return t.csv(table + "-" + p.from() + "-to-" + p.to());
    }

    @GET
    @Path("reports/petitions/{id}")
    public TemplateInstance petition(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Petition petition = Petition.<Petition>findByIdOptional(id).orElseThrow(NotFoundException::new);
        Period p = Period.parse(from, to);
        Words w = words();
        Table perDay = Dashboard.petitionByDay(id, p, w);
        return Templates.petition(petition, p, chart(perDay, "/coordinator/reports/petitions/" + id + "/petition-per-day.csv?" + p.query(), 1, 2),
                Dashboard.petitionByState(id, w), "/coordinator/reports/petitions/" + id + "/petition-by-state.csv");
    }

    @GET
    @Path("reports/petitions/{id}/{table}.csv")
    @Produces("text/csv")
    public Response petitionCsv(@PathParam("id") long id, @PathParam("table") String table, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Petition.<Petition>findByIdOptional(id).orElseThrow(NotFoundException::new);
        Table t = switch (table) {
            case "petition-per-day" -> Dashboard.petitionByDay(id, Period.parse(from, to), Words.english());
            case "petition-by-state" -> Dashboard.petitionByState(id, Words.english());
            default -> throw new NotFoundException();
        };
        return t.csv("petition-" + id + "-" + table);
    }

    @GET
    @Path("reports/events/{id}")
    public TemplateInstance event(@PathParam("id") long id) {
        Event event = Event.<Event>findByIdOptional(id).orElseThrow(NotFoundException::new);
        Words w = words();
        return Templates.event(event, when(event, w), Dashboard.eventRsvps(id, w), "/coordinator/reports/events/" + id + "/event-rsvps.csv");
    }

    @GET
    @Path("reports/events/{id}/event-rsvps.csv")
    @Produces("text/csv")
    public Response eventCsv(@PathParam("id") long id) {
        Event.<Event>findByIdOptional(id).orElseThrow(NotFoundException::new);
        return Dashboard.eventRsvps(id, Words.english()).csv("event-" + id + "-rsvps");
    }

    /** The overview's figures for its CSV, in the words of the Overview (English for the export). */
    static Table overviewTable(Dashboard.Overview o) {
        Words w = o.words();
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.Figure f : o.figures()) {
            rows.add(List.of(f.label(), f.value(), f.previous(), f.change()));
        }
        rows.add(List.of(w.m().eventsWaiting(), String.valueOf(o.pendingEvents()), "", ""));
        return new Table("overview", o.getHeading(), List.of(w.word(DashboardMessages::figure), w.word(DashboardMessages::thisPeriod),
                w.word(DashboardMessages::periodBefore), w.word(DashboardMessages::change)), rows, w);
    }

    private static Chart chart(Table t, String csvUrl, int... columns) {
        StringBuilder summary = new StringBuilder();
        for (int c : columns) {
            summary.append(Dashboard.summary(t, c)).append(' ');
        }
        String svg = SvgChart.bars("chart-" + t.id(), t.caption(), summary.toString().strip(), Dashboard.labels(t), Dashboard.series(t, columns),
                t.words().locale());
        return new Chart(t.caption(), t, svg, csvUrl, true);
    }

    /** "Friday, March 5, 2021, 10:00 AM to 12:00 PM (EST)", with the end's day too when it runs past midnight. */
    static String when(Event event, Words w) {
        ZonedDateTime start = event.getStart();
        ZonedDateTime end = event.getEnd();
        Locale l = w.locale();
        String endTime = start.toLocalDate().equals(end.toLocalDate())
                ? Formats.time(end, l)
                : Formats.date(end, l) + ", " + Formats.time(end, l);
        return w.m().eventTimes(Formats.date(start, l), Formats.time(start, l), endTime, Formats.zone(start, l));
    }

    private Words words() {
        return Words.of(language.getLocale());
    }
}
