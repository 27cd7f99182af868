package org.advocacyhub.letter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Letter campaigns: write to your own legislators. */
@Path("/letters")
@Produces(MediaType.TEXT_HTML)
public class LetterPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list();
    }

    @GET
    public TemplateInstance list() {
        return Templates.list();
    }
}
