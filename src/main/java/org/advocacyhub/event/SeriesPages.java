package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Repeat events: a host makes a series (the event form, plus how often and how many times) or duplicates
 * one event on a new date. Every occurrence and every copy is a new event that waits for review.
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({CurrentUser.VOLUNTEER, CurrentUser.COORDINATOR})
public class SeriesPages {

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    /** How the series repeats, as typed. */
    public static class RepeatForm {
        @RestForm public String repeat = "";
        @RestForm public String count = "";
        int countValue;
        EventSeries.Repeat repeatValue;

        FormErrors validate(SeriesMessages m, FormErrors errors) {
            repeatValue = EventSeries.Repeat.parse(repeat);
            if (repeatValue == null) {
                errors.add("repeat", m.repeatRequired());
            }
            try {
                countValue = Integer.parseInt(EventForm.strip(count));
                if (countValue < 2 || countValue > EventSeries.MAX_OCCURRENCES) {
                    errors.add("count", m.countRange(EventSeries.MAX_OCCURRENCES));
                }
            } catch (NumberFormatException e) {
                errors.add("count", m.countRange(EventSeries.MAX_OCCURRENCES));
            }
            return errors;
        }
    }

    /** The new day of a copy, as typed. */
    public static class CopyForm {
        @RestForm public String startDate = "";
        @RestForm public String startTime = "";
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newSeries(EventForm form, RepeatForm repeat, FormErrors errors);

        static native TemplateInstance duplicate(Event event, CopyForm form, FormErrors errors);
    }

    @GET
    @Path("series/new")
    public TemplateInstance newSeries() {
        RepeatForm repeat = new RepeatForm();
        repeat.count = "6";
        return Templates.newSeries(new EventForm(), repeat, FormErrors.none());
    }

    /** Every occurrence in one transaction: a series is made whole or not at all. */
    @POST
    @Path("series/new")
    @Transactional
    public Response createSeries(@BeanParam EventForm form, @BeanParam RepeatForm repeat) {
        SeriesMessages m = language.bundle(SeriesMessages.class);
        FormErrors errors = form.validate(EventWords.of(language));
        repeat.validate(m, errors);
        errors = Typed.check(repeat, Typed.check(form, errors, language), language);
        if (errors.isAny()) {
            return Response.status(400).entity(Templates.newSeries(form, repeat, errors.inFieldOrder(fieldOrder()))).build();
        }
        EventSeries series = new EventSeries();
        series.repeat = repeat.repeatValue;
        series.hostSubject = user.getSubject();
        series.persist();
        Event first = new Event();
        form.applyTo(first);
        first.hostSubject = user.getSubject();
        first.hostName = user.getName();
        first.hostEmail = user.getEmail().isBlank() ? null : user.getEmail();
        first.hostLanguage = language.getTag();
        List<ZonedDateTime> starts = EventSeries.starts(first.getStart(), series.repeat, repeat.countValue);
        for (ZonedDateTime start : starts) {
            Event e = EventCopy.of(first, start);
            e.seriesId = series.id;
            e.persist();
            if (first.id == null) {
                first.id = e.id;
                first.slug = e.slug;
            }
        }
        return Response.seeOther(URI.create("/events/" + first.slug)).cookie(Flash.next("event-submitted")).build();
    }

    @GET
    @Path("{slug: [a-z0-9-]+}/duplicate")
    public TemplateInstance duplicate(@PathParam("slug") String slug) {
        Event event = managed(slug);
        CopyForm form = new CopyForm();
        form.startTime = event.getStart().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        return Templates.duplicate(event, form, FormErrors.none());
    }

    /** A copy of every field on a new day, at the same time of day unless the host changes it; it goes to review. */
    @POST
    @Path("{slug: [a-z0-9-]+}/duplicate")
    @Transactional
    public Response createCopy(@PathParam("slug") String slug, @BeanParam CopyForm form) {
        Event event = managed(slug);
        SeriesMessages m = language.bundle(SeriesMessages.class);
        FormErrors errors = FormErrors.none();
        LocalDate day = null;
        LocalTime time = null;
        try {
            day = LocalDate.parse(EventForm.strip(form.startDate));
            if (!Typed.isPlausible(day)) {
                day = null;
            }
        } catch (DateTimeException e) {
            // the message below
        }
        if (day == null) {
            errors.add("startDate", m.copyDateRequired());
        }
        try {
            time = LocalTime.parse(EventForm.strip(form.startTime));
        } catch (DateTimeException e) {
            errors.add("startTime", m.copyTimeRequired());
        }
        ZonedDateTime start = null;
        if (day != null && time != null) {
            start = ZonedDateTime.of(day, time, event.zone());
            if (!start.toInstant().isAfter(Instant.now())) {
                errors.add("startDate", m.copyInFuture());
            }
        }
        errors = Typed.check(form, errors, language);
        if (errors.isAny()) {
            return Response.status(400).entity(Templates.duplicate(event, form, errors.inFieldOrder("startDate", "startTime")))
                    .build();
        }
        Event copy = EventCopy.of(event, start);
        copy.persist();
        return Response.seeOther(URI.create("/events/" + copy.slug)).cookie(Flash.next("event-submitted")).build();
    }

    private static String[] fieldOrder() {
        List<String> order = new java.util.ArrayList<>(List.of(EventForm.FIELD_ORDER));
        order.addAll(order.indexOf("timeZone") + 1, List.of("repeat", "count"));
        return order.toArray(String[]::new);
    }

    /** As the host's pages: 404 when it does not exist or is hidden, 403 when it is someone else's. */
    private Event managed(String slug) {
        Event event = Event.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (!event.isManagedBy(user)) {
            if (!event.isVisibleTo(user)) {
                throw new NotFoundException();
            }
            throw new ForbiddenException();
        }
        return event;
    }
}
