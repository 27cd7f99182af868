package org.advocacyhub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.advocacyhub.event.Event;
import org.advocacyhub.event.EventStatus;
import org.advocacyhub.event.Rsvp;
import org.advocacyhub.event.RsvpDesk;
import org.advocacyhub.event.RsvpForm;
import org.advocacyhub.event.RsvpStatus;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.FormErrors;

/**
 * Public events (published, or cancelled after they were) and their RSVPs as OSDI attendances:
 * going is "accepted", the waiting list "tentative", cancelled "declined". A partner records an RSVP
 * with the record attendance helper, which answers as the event page's form does.
 */
@Path("/api/v1/events")
@Produces({Hal.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@ApiAccess
public class EventsApi {

    /** Public: published, or cancelled once it had been (people who were coming need to see it). */
    private static final String PUBLIC = "(status = :published or (status = :cancelled and publishedAt is not null))";

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "advocacy.events.rate.per-email", defaultValue = "5")
    int perEmail;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "advocacy.events.rate.window", defaultValue = "10m")
    java.time.Duration window;

    @Inject
    Hal hal;

    @Inject
    Relay relay;

    @Inject
    RsvpDesk desk;

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OsdiEvent(List<String> identifiers, String createdDate, String modifiedDate, String title, String name,
            String description, String startDate, String endDate, String status, Location location, Integer capacity,
            long totalAccepted, String browserUrl, @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String venue, List<String> addressLines, String locality, String region, String postalCode,
            String country, Point location) {
    }

    /** The ZIP code's centre, not the door: OSDI's accuracy "Approximate". */
    public record Point(Double latitude, Double longitude, String accuracy) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Attendance(List<String> identifiers, String createdDate, String modifiedDate, String status, boolean attended,
            @JsonProperty("_links") Hal.Links links) implements Hal.Resource {
    }

    @GET
    public Hal.Collection list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("filter") String filter) {
        Map<String, Object> parameters = publicParameters();
        String where = PUBLIC + " and " + ModifiedFilter.parse(filter).condition("updatedAt", parameters);
        return hal.collection("osdi:events", "/events", Hal.Paging.of(page, perPage), filter,
                Event.<Event>find(where + " order by id", parameters), this::events);
    }

    @GET
    @Path("{id: \\d+}")
    public OsdiEvent one(@PathParam("id") long id) {
        return events(List.of(visible(id))).get(0);
    }

    @GET
    @Path("{id: \\d+}/attendances")
    public Hal.Collection attendances(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage, @QueryParam("filter") String filter) {
        Event event = visible(id);
        Map<String, Object> parameters = ModifiedFilter.parameters();
        String where = ModifiedFilter.parse(filter).condition("updatedAt", parameters);
        parameters.put("event", event.id);
        return hal.collection("osdi:attendances", "/events/" + id + "/attendances", Hal.Paging.of(page, perPage), filter,
                Rsvp.<Rsvp>find("event.id = :event and " + where + " order by id", parameters),
                rsvps -> rsvps.stream().map(this::attendance).toList());
    }

    @GET
    @Path("{id: \\d+}/attendances/{attendance: \\d+}")
    public Attendance attendance(@PathParam("id") long id, @PathParam("attendance") long attendanceId) {
        Event event = visible(id);
        Rsvp rsvp = Rsvp.find("id = ?1 and event.id = ?2", attendanceId, event.id).firstResult();
        if (rsvp == null) {
            throw ApiException.notFound("attendance");
        }
        return attendance(rsvp);
    }

    /**
     * OSDI's record attendance helper: {@code {"person": {...}}}. The person is going, or on the waiting
     * list when the event is full (201); if they had answered already, their answer stands (200).
     */
    @POST
    @Path("{id: \\d+}/attendances")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, String json) {
        Event event = visible(id);
        JsonNode body = relay.body(json);
        String status = Relay.text(body, "status");
        if (!status.isEmpty() && !status.equals("accepted")) {
            throw new ApiException(400, "invalid_status", "Only a \"accepted\" attendance can be recorded; leave status out or send \"accepted\".");
        }
        Relay.Person person = relay.person(body);
        RsvpForm form = new RsvpForm();
        form.firstName = person.givenName();
        form.lastName = person.familyName();
        form.email = person.email();
        form.zip = person.postalCode();
        form.emailUpdates = person.subscribed() ? "yes" : "";
        FormErrors errors = org.advocacyhub.web.Typed.check(form,
                form.validate(org.advocacyhub.event.EventWords.of("en"), event.maxGuests), org.advocacyhub.web.Typed.message("en"));
        if (errors.isAny()) {
            throw relay.invalid(errors);
        }
        if (!event.isOpenForRsvp()) {
            throw new ApiException(409, "not_open", "This event is not taking RSVPs.");
        }
        // Counted in the RSVP form's own bucket, so the API and the site share one limit per address.
        relay.count("rsvp-email", form.email, perEmail, window);
        // As for signatures: the consent we accept, not the body's status, ticks the box.
        Supporter.Consent consent = relay.consent(person);
        form.emailUpdates = consent != null ? "yes" : "";
        RsvpDesk.Outcome outcome;
        try {
            outcome = desk.answerRelayed(event.id, form, consent);
        } catch (RsvpDesk.Refused refused) {
            throw new ApiException(409, "refused", refused.errors.getEntries().iterator().next().getValue());
        }
        Rsvp rsvp = Rsvp.find("event.id = ?1 and supporter.email = ?2", event.id, Supporter.normaliseEmail(form.email)).firstResult();
        Attendance attendance = attendance(rsvp);
        return Response.status(outcome == RsvpDesk.Outcome.UPDATED || outcome == RsvpDesk.Outcome.HELD ? 200 : 201).type(Hal.MEDIA_TYPE)
                .location(URI.create(attendance.links().self())).entity(attendance).build();
    }

    private Event visible(long id) {
        Map<String, Object> parameters = publicParameters();
        parameters.put("id", id);
        Event event = Event.find("id = :id and " + PUBLIC, parameters).firstResult();
        if (event == null) {
            throw ApiException.notFound("event");
        }
        return event;
    }

    private static Map<String, Object> publicParameters() {
        Map<String, Object> parameters = ModifiedFilter.parameters();
        parameters.put("published", EventStatus.PUBLISHED);
        parameters.put("cancelled", EventStatus.CANCELLED);
        return parameters;
    }

    private List<OsdiEvent> events(List<Event> events) {
        List<Long> ids = events.stream().map(e -> e.id).toList();
        Map<Long, Long> going = ids.isEmpty() ? Map.of() : Rsvp.getEntityManager()
                .createQuery("select r.event.id, count(r) from Rsvp r where r.event.id in :ids and r.status = :going group by r.event.id",
                        Object[].class)
                .setParameter("ids", ids).setParameter("going", RsvpStatus.GOING).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return events.stream().map(e -> event(e, going.getOrDefault(e.id, 0L))).toList();
    }

    private OsdiEvent event(Event e, long accepted) {
        Location location = e.online ? null
                : new Location(e.venueName, e.street == null || e.street.isBlank() ? null : List.of(e.street), e.city, e.state, e.zip, "US",
                        e.latitude == null ? null : new Point(e.latitude, e.longitude, "Approximate"));
        Hal.Links links = hal.links("/events/" + e.id)
                .add("osdi:attendances", hal.url("/events/" + e.id + "/attendances"))
                .add("osdi:record_attendance_helper", hal.url("/events/" + e.id + "/attendances"));
        return new OsdiEvent(Hal.identifiers(e.id), Hal.date(e.createdAt), Hal.date(e.updatedAt), e.title, e.slug, e.description,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.getStart()), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.getEnd()),
                e.isCancelled() ? "cancelled" : "confirmed", location, e.capacity, accepted,
                hal.site("/events/" + e.slug), links);
    }

    private Attendance attendance(Rsvp r) {
        long eventId = r.event.id;
        Hal.Links links = hal.links("/events/" + eventId + "/attendances/" + r.id)
                .add("osdi:event", hal.url("/events/" + eventId))
                .add("osdi:person", hal.url("/people/" + r.supporter.id));
        return new Attendance(Hal.identifiers(r.id), Hal.date(r.createdAt), Hal.date(r.updatedAt), status(r.status),
                r.checkedInAt != null, links);
    }

    static String status(RsvpStatus status) {
        return switch (status) {
            case GOING -> "accepted";
            case WAITLISTED -> "tentative";
            case CANCELLED -> "declined";
        };
    }
}
