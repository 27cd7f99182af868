package org.advocacyhub.account;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.advocacyhub.event.Event;
import org.advocacyhub.event.Rsvp;
import org.advocacyhub.letter.Letter;
import org.advocacyhub.petition.Signature;
import org.advocacyhub.supporter.Supporter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signing in and out (Keycloak does the asking), and the signed-in person's own page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityIdentity identity;

    @Inject
    Instance<OidcSession> oidcSession;

    @Inject
    Instance<OidcConfigurationMetadata> oidcMetadata;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myActivity(List<Event> hosted, List<Rsvp> rsvps, List<Signature> signatures,
                List<Letter> letters);

        static native TemplateInstance signOut();
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

    /**
     * The page with the sign-out button, for pages that could not draw the button themselves (an error
     * page rendered before the CSRF filter ran links here). Showing it changes nothing.
     */
    @GET
    @Path("account/sign-out")
    public TemplateInstance signOutPage() {
        return Templates.signOut();
    }

    /**
     * Signing out happens only here: a form POST that the CSRF filter checked, so no link, image or
     * page on another site can sign someone out (there is no Quarkus logout path that a GET would
     * trigger). The session cookies go, then Keycloak ends its own session (RP-initiated logout, with
     * the ID token as the hint so Keycloak does not ask again) and sends the person to the home page.
     */
    @POST
    @Path("account/sign-out")
    public Response signOut() {
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        if (idToken == null || idToken.getToken() == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        oidcSession.get().logout().await().indefinitely();
        String endSession = oidcMetadata.get().getEndSessionUri();
        if (endSession == null) {
            // Signed in without a Keycloak session to end (a test identity): the cookies are gone.
            return Response.seeOther(URI.create("/")).build();
        }
        URI keycloakLogout = UriBuilder.fromUri(endSession)
                .queryParam("client_id", clientId)
                .queryParam("id_token_hint", idToken.getToken())
                .queryParam("post_logout_redirect_uri", baseUrl + "/")
                .build();
        return Response.seeOther(keycloakLogout).build();
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
