package org.advocacyhub.petition;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Open petitions anyone can sign. */
@Path("/petitions")
@Produces(MediaType.TEXT_HTML)
public class PetitionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list();
    }

    @GET
    public TemplateInstance list() {
        return Templates.list();
    }
}
