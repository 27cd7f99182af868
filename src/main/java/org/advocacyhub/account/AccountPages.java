package org.advocacyhub.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.advocacyhub.event.Event;
import org.advocacyhub.event.Rsvp;
import org.advocacyhub.letter.Letter;
import org.advocacyhub.petition.Signature;
import org.advocacyhub.supporter.Supporter;

/** Signing in and out (Keycloak does the asking), and the signed-in person's own page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myActivity(List<Event> hosted, List<Rsvp> rsvps, List<Signature> signatures,
                List<Letter> letters);
    }

    /**
     * Reaching this path makes Quarkus send the visitor through Keycloak's login form; once they are
     * back, they go on to the page they came from.
     */
    @GET
    @Path("account/sign-in")
    @Authenticated
    public Response signIn(@QueryParam("then") String then) {
        return Response.seeOther(URI.create(localPathOr(then, "/me"))).build();
    }

    /** A POST (with the CSRF token) so that no link on another site can sign someone out. */
    @POST
    @Path("account/sign-out")
    public Response signOut() {
        // The OIDC logout path ends the Keycloak session too, then comes back to the home page.
        return Response.seeOther(URI.create("/logout")).build();
    }

    @GET
    @Path("me")
    @Authenticated
    public TemplateInstance myActivity() {
        // RSVPs made while signed in are linked by the account; the rest by the account's e-mail address.
        Optional<Supporter> me = Supporter.findBySubject(currentUser.getSubject())
                .or(() -> currentUser.getVerifiedEmail().isBlank() ? Optional.empty()
                        : Supporter.findByEmail(currentUser.getVerifiedEmail()));
        return Templates.myActivity(Event.hostedBy(currentUser.getSubject()), me.map(Rsvp::ofSupporter).orElse(List.of()),
                me.map(Signature::ofSupporter).orElse(List.of()), me.map(Letter::ofSupporter).orElse(List.of()));
    }

    /** Only paths on this site: an open redirect would let a phishing link borrow our name. */
    static String localPathOr(String then, String fallback) {
        if (then == null || !then.startsWith("/") || then.startsWith("//") || then.startsWith("/\\")
                || then.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        return then;
    }
}
