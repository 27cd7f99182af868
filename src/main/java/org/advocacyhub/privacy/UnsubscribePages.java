package org.advocacyhub.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advocacyhub.supporter.Supporter;

/**
 * Stopping news e-mails without signing in. The link in every news e-mail opens a page with one button
 * (a link checker that opens links must not unsubscribe anyone); mail clients use the List-Unsubscribe
 * header's address, which takes a POST with no form token, as RFC 8058 describes: the signed token in
 * the address is what proves the request comes from the mailbox's owner.
 */
@Path("/unsubscribe/{id: [0-9]+}/{token: [A-Za-z0-9_-]+}")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePages {

    @Inject
    Subscriptions subscriptions;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(long id, String token, boolean subscribed, boolean justNow);
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id, @PathParam("token") String token) {
        return Templates.page(id, token, verified(id, token).isSubscribed(), false);
    }

    /** A mail client may open the one-click address too; it gets the same page with its button. */
    @GET
    @Path("one-click")
    public TemplateInstance oneClickPage(@PathParam("id") long id, @PathParam("token") String token) {
        return page(id, token);
    }

    @POST
    public TemplateInstance unsubscribe(@PathParam("id") long id, @PathParam("token") String token) {
        Supporter s = verified(id, token);
        boolean changed = subscriptions.unsubscribe(s.id, "unsubscribe-link");
        return Templates.page(id, token, false, changed);
    }

    /**
     * RFC 8058 one-click: the mail provider POSTs "List-Unsubscribe=One-Click" with no cookie and no form
     * token, so this is a plain Vert.x route outside the CSRF filter. The signed token is the check.
     * Anyone may post here without signing in, so the body handler takes no file uploads (Vert.x's
     * default writes every uploaded file to disk and keeps it): a multipart body's fields are read, its
     * files dropped.
     */
    void registerOneClick(@Observes Router router) {
        router.post("/unsubscribe/:id/:token/one-click").order(-10)
                .handler(BodyHandler.create(false).setBodyLimit(1024).setDeleteUploadedFilesOnEnd(true))
                .blockingHandler(ctx -> {
                    long id;
                    try {
                        id = Long.parseLong(ctx.pathParam("id"));
                    } catch (NumberFormatException e) {
                        ctx.response().setStatusCode(404).end();
                        return;
                    }
                    if (!subscriptions.verify(id, ctx.pathParam("token"))) {
                        ctx.response().setStatusCode(404).end();
                        return;
                    }
                    subscriptions.unsubscribe(id, "list-unsubscribe");
                    ctx.response().putHeader("Content-Type", "text/plain; charset=UTF-8").setStatusCode(200)
                            .end("Unsubscribed.\n");
                }, false);
    }

    private Supporter verified(long id, String token) {
        Supporter s = subscriptions.verify(id, token) ? Supporter.findById(id) : null;
        if (s == null || s.erasedAt != null) {
            throw new NotFoundException();
        }
        return s;
    }
}
