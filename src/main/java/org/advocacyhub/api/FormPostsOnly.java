package org.advocacyhub.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The site's CSRF protection, unchanged by the API. Quarkus's CSRF filter checks the token of form
 * posts; out of the box it also refuses any other POST, which would refuse the API's JSON. With that
 * switched off (quarkus.rest-csrf.require-form-url-encoded=false), this refuses it again for every
 * resource but the API's, so a page's action cannot be reached with a body that skips the token
 * check (a cross-site text/plain post, say). The API needs no CSRF token: it reads no cookie, only an
 * API key or a bearer token, which a browser never adds by itself.
 */
public class FormPostsOnly {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public Response refuseNonFormPosts(ResteasyReactiveContainerRequestContext request, SimpleResourceInfo resource) {
        if (SAFE.contains(request.getMethod()) || resource.getResourceClass().isAnnotationPresent(ApiAccess.class)) {
            return null;
        }
        MediaType type = request.getMediaType();
        return type != null && (sameAs(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE) || sameAs(type, MediaType.MULTIPART_FORM_DATA_TYPE))
                ? null
                : Response.status(Response.Status.BAD_REQUEST).build();
    }

    /** Compared as the CSRF filter compares them, so that what it checks and what passes here are the same. */
    private static boolean sameAs(MediaType type, MediaType form) {
        return type.getType().equals(form.getType()) && type.getSubtype().equals(form.getSubtype());
    }
}
