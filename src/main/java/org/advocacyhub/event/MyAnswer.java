package org.advocacyhub.event;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.time.Instant;
import org.advocacyhub.web.SignedTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's own answer on the event page, without an account. Only what proves it is theirs shows it:
 * the link we e-mailed them (its signed token), which leaves a signed cookie for that event's page in
 * that browser. Right after answering the form, a browser learns nothing about the address typed (it may
 * be anyone's): the page says to look in the mailbox and does not offer the empty form again.
 * Templates read it as {@code inject:myAnswer}.
 */
@RequestScoped
@Named("myAnswer")
public class MyAnswer {

    static final String PURPOSE = "rsvp-seen";
    private static final String SEEN = "rsvp-";
    private static final String ANSWERED = "rsvp-answered-";

    @Inject
    RoutingContext request;

    @Inject
    SignedTokens tokens;

    /** The answer this browser proved it owns, if it is to this event and still stands. */
    Rsvp fromCookie(Event event) {
        Cookie cookie = request.request().getCookie(SEEN + event.id);
        if (cookie == null) {
            return null;
        }
        String value = cookie.getValue();
        int dot = value.indexOf('.');
        if (dot < 1) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.substring(0, dot));
        } catch (NumberFormatException e) {
            return null;
        }
        if (!tokens.verify(PURPOSE, id, value.substring(dot + 1))) {
            return null;
        }
        Rsvp rsvp = Rsvp.findById(id);
        if (rsvp == null || !rsvp.event.id.equals(event.id) || rsvp.status == RsvpStatus.CANCELLED
                || rsvp.supporter.erasedAt != null) {
            return null;
        }
        return rsvp;
    }

    /** This browser sent an answer to this event a moment ago, and does not know (yet) whose it is. */
    public boolean answered(Event event) {
        return request.request().getCookie(ANSWERED + event.id) != null && !isAnother();
    }

    /** The person asked for the form to answer for someone else (or sent it, and it came back with errors). */
    public boolean isAnother() {
        return request.request().method() != io.vertx.core.http.HttpMethod.GET || request.request().getParam("another") != null;
    }

    NewCookie seen(Rsvp rsvp) {
        return cookie(SEEN + rsvp.event.id, rsvp.id + "." + tokens.sign(PURPOSE, rsvp.id), rsvp.event, lifetime(rsvp.event));
    }

    static NewCookie answeredJustNow(Event event) {
        return cookie(ANSWERED + event.id, "1", event, Duration.ofDays(1));
    }

    /** After a cancellation: the page shows the form again. */
    static NewCookie[] forget(Event event) {
        return new NewCookie[] {cookie(SEEN + event.id, "", event, Duration.ZERO), cookie(ANSWERED + event.id, "", event, Duration.ZERO)};
    }

    /** Until a day after the event: nothing about it stays in the browser long after. */
    private static Duration lifetime(Event event) {
        Instant until = (event.endsAt == null ? event.startsAt : event.endsAt).plus(Duration.ofDays(1));
        Duration left = Duration.between(Instant.now(), until);
        return left.isNegative() ? Duration.ofHours(1) : left;
    }

    private static NewCookie cookie(String name, String value, Event event, Duration maxAge) {
        return new NewCookie.Builder(name).value(value).path("/events/" + event.slug).maxAge((int) maxAge.toSeconds())
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The "see your answer" link in the e-mails; templates write {@code {inject:answerLinks.url(rsvp)}}. */
    @ApplicationScoped
    @Named("answerLinks")
    public static class Links {

        @Inject
        SignedTokens tokens;

        @ConfigProperty(name = "advocacy.base-url")
        String baseUrl;

        public String url(Rsvp rsvp) {
            return baseUrl + "/rsvps/" + rsvp.id + "/answer?token=" + tokens.sign(RsvpPages.CANCEL_PURPOSE, rsvp.id);
        }
    }
}
