package org.advocacyhub.legislator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;

/** Who represents a ZIP code in Congress, and how fresh our list of members is. No account needed. */
@Path("/legislators")
@Produces(MediaType.TEXT_HTML)
public class LegislatorPages {

    @Inject
    LegislatorImport data;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(String zip, List<District> districts, List<Legislator> senators,
                LegislatorImport.Loaded loaded,
                FormErrors errors);
    }

    @GET
    public Response find(@QueryParam("zip") String zip) throws SQLException {
        String typed = zip == null ? "" : zip.strip();
        FormErrors errors = FormErrors.none();
        LegislatorMessages m = language.bundle(LegislatorMessages.class);
        List<District> districts = List.of();
        if (!typed.isEmpty()) {
            if (!typed.matches("\\d{5}")) {
                errors.add("zip", m.zipFormat());
            } else {
                districts = District.forZip(typed);
                if (districts.isEmpty()) {
                    errors.add("zip", m.unknownZip(typed));
                }
            }
        }
        return Response.status(errors.isAny() ? 400 : 200)
                .entity(Templates.find(typed, districts, senatorsOf(districts), data.loaded().orElse(null), errors)).build();
    }

    /** A ZIP code across a state line has the senators of each state. */
    static List<Legislator> senatorsOf(List<District> districts) {
        return districts.stream().map(District::state).distinct().flatMap(s -> Legislator.senators(s).stream()).toList();
    }
}
