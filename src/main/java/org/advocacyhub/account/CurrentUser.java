package org.advocacyhub.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as templates and pages need it: {@code {inject:currentUser.name}}.
 * Accounts live in Keycloak; the app keeps only the subject id.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    public static final String VOLUNTEER = "volunteer";
    public static final String COORDINATOR = "coordinator";

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isCoordinator() {
        return identity.hasRole(COORDINATOR);
    }

    /** The Keycloak subject id, the one link between our rows and an account. */
    public String getSubject() {
        return jwt().map(JsonWebToken::getSubject).orElseGet(() -> identity.getPrincipal().getName());
    }

    /** The name people chose to be called, for the header and for prefilling forms. */
    public String getName() {
        if (!isSignedIn()) {
            return "";
        }
        return jwt().map(t -> firstPresent(t.getClaim("name"), t.getClaim("preferred_username")))
                .orElseGet(() -> identity.getPrincipal().getName());
    }

    public String getFirstName() {
        return jwt().map(t -> (String) t.getClaim("given_name")).orElse("");
    }

    public String getLastName() {
        return jwt().map(t -> (String) t.getClaim("family_name")).orElse("");
    }

    public String getEmail() {
        return jwt().map(t -> (String) t.getClaim("email")).orElse("");
    }

    /**
     * The account's e-mail address only when Keycloak has verified it. Self-registration does not
     * verify addresses, so an unverified one proves nothing: anyone could type someone else's.
     */
    public String getVerifiedEmail() {
        return jwt().filter(t -> {
            Object verified = t.getClaim("email_verified");
            return verified != null && "true".equals(verified.toString());
        }).map(t -> (String) t.getClaim("email")).orElse("");
    }

    /**
     * The subject to link to a supporter record made from a form: only when the address typed is the
     * account's own verified address. Otherwise an account could attach itself to a stranger's record,
     * and then read it on "your data".
     */
    public String subjectFor(String typedEmail) {
        String verified = getVerifiedEmail();
        return isSignedIn() && !verified.isBlank() && typedEmail != null
                && org.advocacyhub.supporter.Supporter.normaliseEmail(verified)
                        .equals(org.advocacyhub.supporter.Supporter.normaliseEmail(typedEmail)) ? getSubject() : null;
    }

    private Optional<JsonWebToken> jwt() {
        return identity.getPrincipal() instanceof JsonWebToken t ? Optional.of(t) : Optional.empty();
    }

    private static String firstPresent(Object a, Object b) {
        if (a instanceof String s && !s.isBlank()) {
            return s;
        }
        return b == null ? "" : b.toString();
    }
}
