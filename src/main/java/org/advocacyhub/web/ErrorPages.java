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

        static native TemplateInstance tooLarge();
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
    public Response webApplication(WebApplicationException e, jakarta.ws.rs.core.UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (uri.getPath().startsWith("/api/") && status < 500) {
            // A partner's tool reads JSON: a wrong content type (415), method (405) or body (400) says so in JSON.
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(java.util.Map.of("error", "bad_request", "message", apiMessage(status))).build();
        }
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
        if (e instanceof RuntimeException && e.getMessage() != null
                && (e.getMessage().startsWith("Failed to decode URL") || e.getMessage().startsWith("Param limit of"))) {
            // A form body with broken percent-encoding ("%ZZ") or thousands of fields: the sender's mistake, not ours.
            return page(Response.Status.BAD_REQUEST, Templates.badRequest());
        }
        if (isUnreadableToken(e)) {
            return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(java.util.Map.of("error", "unauthorized", "message", "The bearer token cannot be read.")).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return page(Response.Status.INTERNAL_SERVER_ERROR, Templates.serverError(reference));
    }

    private static String apiMessage(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method.";
            case 406 -> "This address answers only application/hal+json or application/json.";
            case 413 -> "The body is too large.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be read.";
        };
    }

    private Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", language.getTag())
                .entity(page.setLocale(language.getLocale()).render()).build();
    }

    /** Paths that no resource or static file serves end here, outside JAX-RS. */
    void registerRouterErrorPages(@Observes Router router) {
        router.errorHandler(404, ctx -> htmlError(ctx, 404, Templates.notFound().setLocale(Language.of(ctx)).render()));
        // A body over quarkus.http.limits (max-body-size, max-form-attribute-size) is refused before any
        // resource sees it; the visitor gets words, a partner's tool gets JSON.
        router.errorHandler(413, ctx -> {
            if (ctx.request().path().startsWith("/api/")) {
                if (!ctx.response().headWritten()) {
                    ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                            .end("{\"error\":\"too_large\",\"message\":\"The body is too large.\"}");
                }
                return;
            }
            htmlError(ctx, 413, Templates.tooLarge().setLocale(Language.of(ctx)).render());
        });
        router.errorHandler(500, ctx -> {
            if (DatabaseDown.causes(ctx.failure())) {
                LOG.warnf("Database unavailable, answered 503: %s", DatabaseDown.describe(ctx.failure()));
                if (!ctx.response().headWritten()) {
                    ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
                }
                htmlError(ctx, 503, Templates.unavailable().setLocale(Language.of(ctx)).render());
                return;
            }
            if (ctx.request().path().startsWith("/api/") && isUnreadableToken(ctx.failure())) {
                // A bearer token that is not even a JWT ("a.b.c"): the OIDC reader throws instead of refusing.
                if (!ctx.response().headWritten()) {
                    ctx.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                            .end("{\"error\":\"unauthorized\",\"message\":\"The bearer token cannot be read.\"}");
                }
                return;
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(ctx.failure(), "Unexpected error, reference %s", reference);
            htmlError(ctx, 500, Templates.serverError(reference).setLocale(Language.of(ctx)).render());
        });
    }

    private static boolean isUnreadableToken(Throwable failure) {
        if (!(failure instanceof java.util.NoSuchElementException || failure instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("io.quarkus.oidc")) {
                return true;
            }
        }
        return false;
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
