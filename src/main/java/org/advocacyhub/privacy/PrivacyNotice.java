package org.advocacyhub.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The privacy notice in plain words: what we keep, why, for how long, and what you can do about it.
 * The periods it names are the ones the retention job runs with.
 */
@Path("/privacy")
@Produces(MediaType.TEXT_HTML)
public class PrivacyNotice {

    @Inject
    Retention retention;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(int inactiveMonths, int unverifiedDays);
    }

    @GET
    public TemplateInstance notice() {
        return Templates.notice(retention.inactiveMonths(), retention.unverifiedDays());
    }
}
