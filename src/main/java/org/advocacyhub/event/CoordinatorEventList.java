package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Csv;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.Typed;

/**
 * Coordinators see every event, whatever its status: a filtered, paged list whose filter is its URL, the
 * same list as a CSV.
 */
@Path(CoordinatorEventList.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class CoordinatorEventList {

    static final String PATH = "/coordinator/events/all";

    /** "2026-12-01 16:52": a spreadsheet reads it as a date and time; the zone is its own column. */
    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(EventFilter filter, EventFilter.Results results, FormErrors errors);

    }

    @GET
    public Response list(@BeanParam EventFilter filter) {
        FormErrors errors = check(filter);
        EventFilter.Results results = errors.isAny() ? new EventFilter.Results(List.of(), java.util.Map.of(), 0, 1) : filter.page();
        return Response.status(errors.isAny() ? 400 : 200).entity(Templates.list(filter, results, errors)).build();
    }

    /** The same events as the list, every page of it, with the times in each event's own zone. */
    @GET
    @Path("events.csv")
    @Produces("text/csv")
    @Transactional
    public Response csv(@BeanParam EventFilter filter) throws IOException {
        if (check(filter).isAny()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("Bad filter").build();
        }
        SeriesMessages m = language.bundle(SeriesMessages.class);
        EventWords words = EventWords.of(language);
        List<Event> events = filter.all();
        java.util.Map<Long, Long> going = filter.going(events.stream().map(e -> e.id).toList());
        StringWriter w = new StringWriter();
        w.write('\uFEFF'); // so that spreadsheet programs read the file as UTF-8
        Csv.row(w, m.csvTitle(), m.csvStarts(), m.csvEnds(), m.csvZone(), m.csvKind(), m.csvStatus(), m.csvOnline(),
                m.csvCity(), m.csvState(), m.csvZip(), m.csvHost(), m.csvHostEmail(), m.csvCapacity(), m.csvGoing(), m.csvPage());
        for (Event e : events) {
            Csv.row(w, e.title, CSV_TIME.format(e.getStart()), CSV_TIME.format(e.getEnd()), e.timeZone, words.kind(e.kind),
                    words.status(e.status), e.online ? m.yes() : m.no(), nz(e.city), nz(e.state), nz(e.zip), e.hostName,
                    nz(e.hostEmail), e.capacity == null ? "" : e.capacity.toString(), String.valueOf(going.getOrDefault(e.id, 0L)),
                    "/events/" + e.slug);
        }
        return Response.ok(w.toString()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"events.csv\"").build();
    }

    private FormErrors check(EventFilter filter) {
        FormErrors errors = filter.validate(language.bundle(SeriesMessages.class));
        return Typed.check(filter, errors, language);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
