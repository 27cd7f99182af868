package org.advocacyhub.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The privacy notice in plain words: what we keep, why, for how long, and what you can do about it. */
@Path("/privacy")
@Produces(MediaType.TEXT_HTML)
public class PrivacyNotice {

    @ConfigProperty(name = "advocacy.privacy.inactive-months", defaultValue = "24")
    int inactiveMonths;

    @ConfigProperty(name = "advocacy.privacy.unverified-days", defaultValue = "30")
    int unverifiedDays;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(int inactiveMonths, int unverifiedDays);
    }

    @GET
    public TemplateInstance notice() {
        return Templates.notice(inactiveMonths, unverifiedDays);
    }
}
