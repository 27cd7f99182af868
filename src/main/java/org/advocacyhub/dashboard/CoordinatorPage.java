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
import java.util.ArrayList;
import java.util.List;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.event.Event;
import org.advocacyhub.petition.Petition;

/**
 * The coordinators' dashboards: the overview for a date range with the change against the period
 * before, charts drawn on the server, a table under every chart, and every table as CSV.
 */
@Path("/coordinator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class CoordinatorPage {

    /** A chart and the table it draws, shown one under the other. */
    public record Chart(String title, Table table, String svg, String csvUrl, boolean showTable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Dashboard.Overview overview, List<Chart> charts, Table hosts, String hostsCsv,
                List<Petition> petitions, List<Event> events);

        static native TemplateInstance petition(Petition petition, Period period, Chart perDay, Table byState, String byStateCsv);

        static native TemplateInstance event(Event event, Table rsvps, String rsvpsCsv);
    }

    @GET
    public TemplateInstance overview(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = Period.parse(from, to);
        List<Chart> charts = new ArrayList<>();
        // Small multiples: all petitions, then one chart per busiest petition, so each reads alone in grayscale.
        Table signatures = Dashboard.signaturesPerDay(p).get(0);
        int last = signatures.headings().size() - 1;
        for (int c = 1; c <= last; c++) {
            String title = c == 1 ? "Signatures per day, all petitions" : "Signatures per day: " + signatures.headings().get(c);
            charts.add(new Chart(title, signatures, SvgChart.bars("chart-signatures-" + c, title, Dashboard.summary(signatures, c),
                    Dashboard.labels(signatures), Dashboard.series(signatures, c)), "/coordinator/tables/signatures-per-day.csv?" + p.query(),
                    c == last));
        }
        Table rsvps = Dashboard.rsvpsPerWeek(p);
        charts.add(chart(rsvps, "/coordinator/tables/rsvps-per-week.csv?" + p.query(), 1, 2));
        Table letters = Dashboard.lettersPerDay(p);
        charts.add(chart(letters, "/coordinator/tables/letters-per-day.csv?" + p.query(), 1, 2));
        return Templates.overview(Dashboard.overview(p), charts, Dashboard.topHosts(p), "/coordinator/tables/top-hosts.csv?" + p.query(),
                Petition.find("order by createdAt desc").page(0, 20).list(),
                Event.find("status in ('PUBLISHED', 'CANCELLED') and startsAt < ?1 order by startsAt desc", p.end()).page(0, 20).list());
    }

    @GET
    @Path("tables/{table}.csv")
    @Produces("text/csv")
    public Response overviewCsv(@PathParam("table") String table, @QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = Period.parse(from, to);
        Table t = switch (table) {
            case "signatures-per-day" -> Dashboard.signaturesPerDay(p).get(0);
            case "rsvps-per-week" -> Dashboard.rsvpsPerWeek(p);
            case "letters-per-day" -> Dashboard.lettersPerDay(p);
            case "top-hosts" -> Dashboard.topHosts(p);
            case "overview" -> overviewTable(Dashboard.overview(p));
            default -> throw new NotFoundException();
        };
        return t.csv(table + "-" + p.from() + "-to-" + p.to());
    }

    @GET
    @Path("reports/petitions/{id}")
    public TemplateInstance petition(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Petition petition = Petition.<Petition>findByIdOptional(id).orElseThrow(NotFoundException::new);
        Period p = Period.parse(from, to);
        Table perDay = Dashboard.petitionByDay(id, p);
        return Templates.petition(petition, p, chart(perDay, "/coordinator/reports/petitions/" + id + "/petition-per-day.csv?" + p.query(), 1, 2),
                Dashboard.petitionByState(id), "/coordinator/reports/petitions/" + id + "/petition-by-state.csv");
    }

    @GET
    @Path("reports/petitions/{id}/{table}.csv")
    @Produces("text/csv")
    public Response petitionCsv(@PathParam("id") long id, @PathParam("table") String table, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Petition.<Petition>findByIdOptional(id).orElseThrow(NotFoundException::new);
        Table t = switch (table) {
            case "petition-per-day" -> Dashboard.petitionByDay(id, Period.parse(from, to));
            case "petition-by-state" -> Dashboard.petitionByState(id);
            default -> throw new NotFoundException();
        };
        return t.csv("petition-" + id + "-" + table);
    }

    @GET
    @Path("reports/events/{id}")
    public TemplateInstance event(@PathParam("id") long id) {
        Event event = Event.<Event>findByIdOptional(id).orElseThrow(NotFoundException::new);
        return Templates.event(event, Dashboard.eventRsvps(id), "/coordinator/reports/events/" + id + "/event-rsvps.csv");
    }

    @GET
    @Path("reports/events/{id}/event-rsvps.csv")
    @Produces("text/csv")
    public Response eventCsv(@PathParam("id") long id) {
        Event.<Event>findByIdOptional(id).orElseThrow(NotFoundException::new);
        return Dashboard.eventRsvps(id).csv("event-" + id + "-rsvps");
    }

    static Table overviewTable(Dashboard.Overview o) {
        List<List<String>> rows = new ArrayList<>();
        for (Dashboard.Figure f : o.figures()) {
            rows.add(List.of(f.label(), f.value(), f.previous(), f.change()));
        }
        rows.add(List.of("Events waiting for approval", String.valueOf(o.pendingEvents()), "", ""));
        return new Table("overview", "The period at a glance, " + o.period().getLabel(),
                List.of("Figure", "This period", "Period before", "Change"), rows);
    }

    private static Chart chart(Table t, String csvUrl, int... columns) {
        StringBuilder summary = new StringBuilder();
        for (int c : columns) {
            summary.append(Dashboard.summary(t, c)).append(' ');
        }
        String svg = SvgChart.bars("chart-" + t.id(), t.caption(), summary.toString().strip(), Dashboard.labels(t), Dashboard.series(t, columns));
        return new Chart(t.caption(), t, svg, csvUrl, true);
    }
}
