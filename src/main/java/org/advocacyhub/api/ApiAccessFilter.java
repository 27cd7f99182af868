package org.advocacyhub.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Lets partners in, two ways: an API key a coordinator made (header {@code OSDI-API-Token}), or a
 * Keycloak access token with the realm role {@code api} (a partner's client credentials), which the
 * "api" OIDC tenant has already checked. No key and no token, or a wrong or revoked key: 401. A good
 * token without the role (a volunteer's, say): 403. Cookies count for nothing here: the api tenant
 * reads bearer tokens only, so a signed-in coordinator's browser cannot be made to call the API.
 * A read-only key that tries to write: 403 {@code insufficient_scope}.
 */
@Provider
@ApiAccess
@Priority(Priorities.AUTHENTICATION)
public class ApiAccessFilter implements ContainerRequestFilter {

    public static final String KEY_HEADER = "OSDI-API-Token";
    public static final String ROLE = "api";
    /** The realm role that lets a client's token read people's e-mail addresses. */
    public static final String EMAIL_ROLE = "api-email";

    @Inject
    SecurityIdentity identity;

    @Inject
    ApiCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(KEY_HEADER);
        if (key != null) {
            Optional<ApiKey> found = QuarkusTransaction.requiringNew().call(() -> ApiKey.use(key));
            if (found.isEmpty()) {
                request.abortWith(unauthorized("That API key is wrong or has been revoked."));
                return;
            }
            ApiKey k = found.get();
            caller.identify(k.name, k.canWrite, k.readEmail);
            refuseWriteWithoutScope(request);
            return;
        }
        if (identity.isAnonymous()) {
            request.abortWith(unauthorized("Send an API key in the " + KEY_HEADER
                    + " header, or an access token with the role \"api\" as Authorization: Bearer."));
            return;
        }
        if (!identity.hasRole(ROLE)) {
            request.abortWith(ApiException.json(403, "forbidden", "This token does not carry the role \"api\".").build());
            return;
        }
        // A Keycloak client is set up by a Keycloak administrator, not on the coordinators' page: the
        // role "api" keeps what it gave before scopes (read and write); e-mail addresses need the
        // separate realm role "api-email", as a key needs its e-mail scope.
        caller.identify(clientOf(identity), true, identity.hasRole(EMAIL_ROLE));
        refuseWriteWithoutScope(request);
    }

    /**
     * Every request that is not a read records something, so it needs the "write" scope. Decided by
     * the method here rather than on each endpoint, so a new write endpoint is covered from the start.
     */
    private void refuseWriteWithoutScope(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!caller.canWrite() && !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
            request.abortWith(ApiException.json(403, "insufficient_scope",
                    "This API key is read-only: it may not record anything. A coordinator can make a read-write key.").build());
        }
    }

    /** The Keycloak client a token was issued to ("advocacy-partner"): the caller's name. */
    private static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("azp") instanceof String azp) {
            return azp;
        }
        return identity.getPrincipal().getName();
    }

    private static jakarta.ws.rs.core.Response unauthorized(String message) {
        return ApiException.json(401, "unauthorized", message)
                .header(HttpHeaders.WWW_AUTHENTICATE, KEY_HEADER + " realm=\"advocacy\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"advocacy\"")
                .build();
    }
}
