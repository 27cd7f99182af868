package org.advocacyhub.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Friendly pages for 403, 404, 500 and 503. No stack trace or exception text ever reaches a visitor:
 * the 500 page shows a short reference that matches the line in the log. When the database cannot be
 * reached (restarting, failing over, pool exhausted) the answer is 503 with Retry-After, so people and
 * proxies know to try again, and the log gets one line rather than a stack trace per request.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @jakarta.inject.Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden();

        static native TemplateInstance notFound();

        static native TemplateInstance serverError(String reference);

        static native TemplateInstance badRequest();

        static native TemplateInstance unavailable();
    }

    /** Seconds a client is asked to wait when the database is away; a restart takes about that long. */
    static final String RETRY_AFTER_SECONDS = "30";

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(Response.Status.FORBIDDEN, Templates.forbidden());
    }

    @ServerExceptionMapper
    public Response forbidden(jakarta.ws.rs.ForbiddenException e) {
        return page(Response.Status.FORBIDDEN, Templates.forbidden());
    }

    /** A tool asking the API (/api/...) for something that is not there gets JSON, as the API's other refusals. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, jakarta.ws.rs.core.UriInfo uri) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(java.util.Map.of("error", "not_found", "message", "There is nothing at this address.")).build();
        }
        return page(Response.Status.NOT_FOUND, Templates.notFound());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return page(Response.Status.NOT_FOUND, Templates.notFound());
        }
        if (status == 403) {
            return page(Response.Status.FORBIDDEN, Templates.forbidden());
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 400) {
            return page(Response.Status.BAD_REQUEST, Templates.badRequest());
        }
        return e.getResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException
                || e instanceof AuthenticationRedirectException) {
            // Let Quarkus security send the visitor to the sign-in page.
            return null;
        }
        if (DatabaseDown.causes(e)) {
            LOG.warnf("Database unavailable, answered 503: %s", DatabaseDown.describe(e));
            return Response.fromResponse(page(Response.Status.SERVICE_UNAVAILABLE, Templates.unavailable()))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return page(Response.Status.INTERNAL_SERVER_ERROR, Templates.serverError(reference));
    }

    private Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", language.getTag())
                .entity(page.setLocale(language.getLocale()).render()).build();
    }

    /** Paths that no resource or static file serves end here, outside JAX-RS. */
    void registerRouterErrorPages(@Observes Router router) {
        router.errorHandler(404, ctx -> htmlError(ctx, 404, Templates.notFound().setLocale(Language.of(ctx)).render()));
        router.errorHandler(500, ctx -> {
            if (DatabaseDown.causes(ctx.failure())) {
                LOG.warnf("Database unavailable, answered 503: %s", DatabaseDown.describe(ctx.failure()));
                if (!ctx.response().headWritten()) {
                    ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
                }
                htmlError(ctx, 503, Templates.unavailable().setLocale(Language.of(ctx)).render());
                return;
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(ctx.failure(), "Unexpected error, reference %s", reference);
            htmlError(ctx, 500, Templates.serverError(reference).setLocale(Language.of(ctx)).render());
        });
    }

    private static void htmlError(RoutingContext ctx, int status, String html) {
        if (ctx.response().headWritten()) {
            return;
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(html);
    }
}
