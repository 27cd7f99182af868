package org.advocacyhub.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import java.util.Set;

/**
 * A message shown once, on the page after a POST → redirect → GET: "You are going. We have e-mailed
 * you the details." The cookie carries only a key from {@link #MESSAGES}, never text, so nobody can
 * make the site say something it does not; the layout shows it in the visitor's language.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "flash";

    /** The keys a redirect may name; the words are SiteMessages.flash_... in each language. */
    public static final Set<String> MESSAGES = Set.of(
            "signed-out",
            "rsvp-going",
            "rsvp-waitlisted",
            "rsvp-updated",
            "rsvp-received",
            "rsvp-cancelled",
            "event-draft-saved",
            "event-submitted",
            "event-saved",
            "event-cancelled",
            "event-approved",
            "event-rejected",
            "event-changes-pending",
            "event-changes-approved",
            "event-changes-rejected",
            "checked-in",
            "signature-confirmed",
            "petition-saved",
            "coordinator-granted",
            "coordinator-revoked",
            "coordinator-not-self",
            "petition-opened",
            "petition-closed",
            "check-in-undone",
            "walk-in-checked-in",
            "rsvp-cancelled-by-host",
            "rsvp-moved-up",
            "next-step-saved",
            "legislators-loaded",
            "legislators-unchanged",
            "letters-sent",
            "letters-already-sent",
            "letters-for-print",
            "letters-sent-by-you",
            "campaign-saved",
            "campaign-opened",
            "campaign-closed",
            "call-campaign-opened",
            "call-campaign-closed",
            "my-data-corrected",
            "unsubscribed",
            "news-sent");

    @Inject
    RoutingContext request;

    private String key;
    private boolean read;

    /** The cookie to send with a redirect, so the next page shows the message. */
    public static NewCookie next(String key) {
        if (!MESSAGES.contains(key)) {
            throw new IllegalArgumentException("no flash message " + key);
        }
        return new NewCookie.Builder(COOKIE).value(key).path("/").maxAge(120).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /** Whether this request carries a message to show (so its page is not everyone's page). */
    public boolean isPending() {
        return request.request().getCookie(COOKIE) != null;
    }

    /**
     * The message key for this page, if any, as a SiteMessages key ({@code flash_rsvp_going}) for
     * {@code {msg:message(inject:flash.key)}}; reading it clears it for the next page.
     */
    public String getKey() {
        if (!read) {
            read = true;
            Cookie cookie = request.request().getCookie(COOKIE);
            if (cookie != null) {
                key = MESSAGES.contains(cookie.getValue()) ? "flash_" + cookie.getValue().replace('-', '_') : null;
                request.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0)
                        .setHttpOnly(true).setSameSite(CookieSameSite.LAX));
            }
        }
        return key;
    }
}
