package org.advocacyhub.api;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals of the API answer as JSON, not as the site's HTML error pages. */
public class ApiErrors {

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        return e.toResponse();
    }
}
