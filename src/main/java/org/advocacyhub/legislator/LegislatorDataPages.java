package org.advocacyhub.legislator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A coordinator loads a newer list of members of Congress without a deploy. */
@Path("/coordinator/letters/legislators")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class LegislatorDataPages {

    @Inject
    LegislatorImport data;

    @Inject
    Language language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(LegislatorImport.Loaded loaded, long current, long former, UploadForm form,
                FormErrors errors);
    }

    public static class UploadForm {
        @RestForm public FileUpload file;
        @RestForm public String dataDate = "";

        LocalDate date;

        FormErrors validate(LegislatorMessages m) {
            FormErrors errors = FormErrors.none();
            if (file == null || file.size() == 0) {
                errors.add("file", m.chooseFile());
            }
            dataDate = dataDate == null ? "" : dataDate.strip();
            try {
                date = LocalDate.parse(dataDate);
                if (!org.advocacyhub.web.Typed.isPlausible(date)) {
                    errors.add("dataDate", m.dateFormat());
                } else if (date.isAfter(LocalDate.now().plusDays(1))) {
                    errors.add("dataDate", m.dateInFuture());
                }
            } catch (DateTimeException e) {
                errors.add("dataDate", m.dateFormat());
            }
            return errors.inFieldOrder("file", "dataDate");
        }
    }

    @GET
    public TemplateInstance upload() throws SQLException {
        return page(new UploadForm(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response load(@BeanParam UploadForm form) throws IOException, SQLException {
        LegislatorMessages m = language.bundle(LegislatorMessages.class);
        FormErrors errors = Typed.check(form, form.validate(m), language);
        if (!errors.isAny()) {
            try {
                LegislatorImport.Result result = data.importUpload(Files.readAllBytes(form.file.uploadedFile()), form.date,
                        "upload: " + fileName(form.file));
                String flash = switch (result.outcome()) {
                    case LOADED -> "legislators-loaded";
                    case UNCHANGED, OLDER_THAN_LOADED -> "legislators-unchanged";
                };
                return Response.seeOther(URI.create("/coordinator/letters/legislators")).cookie(Flash.next(flash)).build();
            } catch (LegislatorImport.InvalidFile e) {
                errors.add("file", e.reason(m));
            }
        }
        return Response.status(400).entity(page(form, errors)).build();
    }

    /** The name the browser gave the file, as a record of where the data came from: only its typeable characters. */
    private static String fileName(FileUpload file) {
        String name = file.fileName() == null ? "" : file.fileName();
        StringBuilder kept = new StringBuilder();
        name.codePoints().limit(200).filter(c -> Typed.isOneLine(Character.toString(c))).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private TemplateInstance page(UploadForm form, FormErrors errors) throws SQLException {
        return Templates.upload(data.loaded().orElse(null), Legislator.count("current", true),
                Legislator.count("current", false), form, errors);
    }
}
