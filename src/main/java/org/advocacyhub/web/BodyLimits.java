package org.advocacyhub.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Bodies stay small (2 MB) everywhere but where a coordinator uploads a file of supporters (20 MB).
 * Quarkus has one body limit for the whole server (quarkus.http.limits.max-body-size, set to the
 * upload's 21 MB); this router handler, run before any body is read, holds every other route to 2 MB by
 * the length the request declares. A body of unknown length (chunked, which browsers do not send) is
 * held to 2 MB only where Quarkus reads its per-request limit; elsewhere the server-wide 21 MB applies.
 */
public class BodyLimits {

    public static final long DEFAULT_MAX = 2L * 1024 * 1024;
    /** The import's file (20 MB) and the few fields around it. */
    public static final String UPLOAD_PATH = "/coordinator/imports";
    public static final long UPLOAD_MAX = 20L * 1024 * 1024 + 64 * 1024;

    /** VertxHttpRecorder.MAX_REQUEST_SIZE_KEY. */
    private static final String QUARKUS_CHUNKED_LIMIT_KEY = "io.quarkus.max-request-size";

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void register(@Observes Router router) {
        router.route().order(-3).handler(ctx -> {
            if (!WITH_BODY.contains(ctx.request().method())) {
                ctx.next();
                return;
            }
            boolean upload = UPLOAD_PATH.equals(ctx.request().path());
            String declared = ctx.request().getHeader("Content-Length");
            if (declared == null) {
                // A body of unknown length (chunked; browsers never send one): Quarkus reads the limit
                // for it from this key, set by its own handler to the server-wide 21 MB; outside the
                // upload it is 2 MB again where Quarkus honours the key (its blocking input stream).
                if (!upload) {
                    ctx.put(QUARKUS_CHUNKED_LIMIT_KEY, DEFAULT_MAX);
                }
                ctx.next();
                return;
            }
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                ctx.fail(400);
                return;
            }
            if (upload && length > UPLOAD_MAX) {
                // Refused before a byte is read; the page says why beside the file field.
                ctx.response().setStatusCode(303).putHeader("Location", UPLOAD_PATH + "?too-big=1")
                        .end();
                return;
            }
            if (!upload && length > DEFAULT_MAX) {
                ctx.fail(413);
                return;
            }
            ctx.next();
        });
    }
}
