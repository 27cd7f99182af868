package org.advocacyhub.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import java.util.Map;

/**
 * A message shown once, on the page after a POST → redirect → GET: "You are going. We have e-mailed
 * you the details." The cookie carries only a key from {@link #MESSAGES}, never text, so nobody can
 * make the site say something it does not.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "flash";

    public static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("signed-out", "You have signed out."),
            Map.entry("rsvp-going", "You are going. We have e-mailed you the details and a calendar file."),
            Map.entry("rsvp-waitlisted", "The event is full, so you are on the waiting list. We will e-mail you if a place comes up."),
            Map.entry("rsvp-updated", "Your answer is updated."),
            Map.entry("rsvp-cancelled", "You are no longer going. Thank you for letting the host know."),
            Map.entry("event-draft-saved", "Your draft is saved. Only you can see it."),
            Map.entry("event-submitted", "Thank you. Your event is waiting for a coordinator to approve it. We will e-mail you."),
            Map.entry("event-saved", "Your changes are saved."),
            Map.entry("event-cancelled", "The event is cancelled. Everyone who said they were coming will get an e-mail."),
            Map.entry("event-approved", "The event is approved and published. The host will get an e-mail."),
            Map.entry("event-rejected", "The event is not approved. The host will get an e-mail with your reason."),
            Map.entry("checked-in", "Checked in."),
            Map.entry("signature-confirmed", "Thank you: your e-mail address is confirmed, and your signature counts as verified."),
            Map.entry("petition-saved", "The petition is saved."),
            Map.entry("coordinator-granted", "Done: they are a coordinator from their next sign-in."),
            Map.entry("coordinator-revoked", "Done: they are no longer a coordinator from their next sign-in."),
            Map.entry("coordinator-not-self", "You cannot take the coordinator role from yourself. Ask another coordinator."),
            Map.entry("petition-opened", "The petition is open: anyone can sign it now."),
            Map.entry("petition-closed", "The petition is closed: it takes no more signatures."),
            Map.entry("check-in-undone", "Check-in undone."),
            Map.entry("legislators-loaded", "The new list of members of Congress is loaded."),
            Map.entry("legislators-unchanged", "Nothing changed: this file, or newer data, is already loaded."),
            Map.entry("letters-sent", "Thank you. Your letters are on their way. We have e-mailed you a copy."),
            Map.entry("letters-already-sent", "You had already sent these letters, so we did not send them again."),
            Map.entry("campaign-saved", "The campaign is saved."),
            Map.entry("campaign-opened", "The campaign is open. Anyone can now write their letters."),
            Map.entry("campaign-closed", "The campaign is closed. No more letters can be sent."));

    @Inject
    RoutingContext request;

    private String message;
    private boolean read;

    /** The cookie to send with a redirect, so the next page shows the message. */
    public static NewCookie next(String key) {
        if (!MESSAGES.containsKey(key)) {
            throw new IllegalArgumentException("no flash message " + key);
        }
        return new NewCookie.Builder(COOKIE).value(key).path("/").maxAge(120).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The message for this page, if any; reading it clears it for the next page. */
    public String getMessage() {
        if (!read) {
            read = true;
            Cookie cookie = request.request().getCookie(COOKIE);
            if (cookie != null) {
                message = MESSAGES.get(cookie.getValue());
                request.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0)
                        .setHttpOnly(true).setSameSite(CookieSameSite.LAX));
            }
        }
        return message;
    }
}
