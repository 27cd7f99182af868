package org.advocacyhub.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.event.Event;
import org.advocacyhub.event.EventStatus;

/** The coordinators' start page; only the coordinator role reaches it. */
@Path("/coordinator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class CoordinatorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(long pendingEvents);
    }

    @GET
    public TemplateInstance overview() {
        return Templates.overview(Event.count("status", EventStatus.PENDING));
    }
}
