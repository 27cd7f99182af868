package org.advocacyhub.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.advocacyhub.web.FormErrors;

/** Finding events. The search form is a GET, so a search is a link that can be shared. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    private static final Pattern ZIP = Pattern.compile("\\d{5}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String zip, FormErrors errors);
    }

    @GET
    public Response list(@QueryParam("zip") String zip) {
        String typed = zip == null ? "" : zip.strip();
        FormErrors errors = FormErrors.none();
        if (!typed.isEmpty() && !ZIP.matcher(typed).matches()) {
            errors.add("zip", "Enter a ZIP code of 5 digits, like 05401");
        }
        return Response.status(errors.isAny() ? Response.Status.BAD_REQUEST : Response.Status.OK)
                .entity(Templates.list(typed, errors)).build();
    }
}
