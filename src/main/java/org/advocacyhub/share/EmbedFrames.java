package org.advocacyhub.share;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.util.List;
import org.advocacyhub.web.ShortCache;

/**
 * Who may show the embed pages in a frame. Every page of the site says {@code frame-ancestors 'none'}
 * and {@code X-Frame-Options: DENY} (application.properties); an embed page, once it has been found
 * ({@link #allow}), says instead {@code frame-ancestors} with the origins coordinators listed
 * (EmbedOriginPages), or still {@code 'none'} when none is listed, and drops X-Frame-Options (it has
 * no way to name several sites, and browsers that know CSP ignore it anyway). The rest of the policy
 * stays as configured. An error page under /embed/ keeps 'none'.
 */
@ApplicationScoped
public class EmbedFrames {

    static final String KEY = "embed-frame-ancestors";
    public static final String PREFIX = "/embed/";

    /** The list is read on every embed page: kept a few seconds, forgotten at once when a coordinator changes it here. */
    private final ShortCache<String, List<String>> origins = new ShortCache<>(Duration.ofSeconds(5), 1);

    public List<String> origins() {
        return origins.get("all", k -> EmbedOrigin.origins());
    }

    public void changed() {
        origins.forgetAll();
    }

    /** Marks this response as an embed page, framable from the listed origins. */
    public void allow(RoutingContext request) {
        List<String> listed = origins();
        request.put(KEY, listed.isEmpty() ? "'none'" : String.join(" ", listed));
    }

    void headers(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            if (ctx.normalizedPath().startsWith(PREFIX)) {
                ctx.addHeadersEndHandler(v -> {
                    String ancestors = ctx.get(KEY);
                    if (ancestors == null) {
                        return;
                    }
                    var headers = ctx.response().headers();
                    String csp = headers.get("Content-Security-Policy");
                    headers.set("Content-Security-Policy", withFrameAncestors(csp, ancestors));
                    headers.remove("X-Frame-Options");
                });
            }
            ctx.next();
        });
    }

    /** The configured policy with its frame-ancestors directive replaced (or added). */
    static String withFrameAncestors(String csp, String ancestors) {
        String base = csp == null ? "" : csp.replaceAll("(?i)(^|;)\\s*frame-ancestors[^;]*", "$1").strip();
        while (base.endsWith(";")) {
            base = base.substring(0, base.length() - 1).strip();
        }
        return (base.isEmpty() ? "" : base + "; ") + "frame-ancestors " + ancestors;
    }

    /**
     * Runs an embed form's POST, a plain Vert.x route outside the CSRF filter (docs/security.md, "Embeds"),
     * with the request scope the pages' beans need (the language, the rate limiter's client address).
     */
    public static void inRequest(RoutingContext ctx, Runnable work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(ctx);
            work.run();
        } catch (NotFoundException e) {
            ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=UTF-8").end("Not found.\n");
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    /** Answers an embed POST with a page. */
    public static void respond(RoutingContext ctx, int status, String language, String html) {
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Content-Language", language)
                .putHeader("Cache-Control", "no-store")
                .end(html);
    }

    public static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }

    /** A form field as typed, "" when missing (the forms' own default). */
    public static String field(RoutingContext ctx, String name) {
        String v = ctx.request().getFormAttribute(name);
        return v == null ? "" : v;
    }
}
