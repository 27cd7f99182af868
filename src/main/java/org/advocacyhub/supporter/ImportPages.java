package org.advocacyhub.supporter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.Csv;
import org.advocacyhub.web.Formats;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A coordinator imports supporters from a CSV file: upload, check the columns with a preview of the
 * first rows, say where consent came from (or that there is none), then watch the job's progress and
 * get the rows that were not imported, with their reasons, on the page and as a CSV file.
 */
@Path("/coordinator/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.COORDINATOR)
public class ImportPages {

    static final int PROBLEMS_SHOWN = 100;

    @Inject
    SupporterImports imports;

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(List<SupporterImports.Import> recent, Map<String, String> statuses,
                FormErrors errors);

        static native TemplateInstance mapping(SupporterImports.Import imp, List<Column> columns,
                List<PreviewLine> preview, String alreadyImported, StartForm form, Map<String, String> consentChoices,
                FormErrors errors);

        static native TemplateInstance progress(SupporterImports.Import imp, String status, boolean updating,
                List<ProblemLine> problems, int shown);
    }

    /** A column of the file, with the choices for it and the one chosen. */
    public record Column(int index, String id, String label, String chosen, Map<String, String> choices) {
    }

    /** A row of the preview, in words. */
    public record PreviewLine(int line, ImportRules.Person person, String language, String outcome, boolean ok) {
    }

    /** A row not imported, in words. */
    public record ProblemLine(int line, String email, String reason) {
    }

    public static class UploadForm {
        @RestForm public FileUpload file;
    }

    public static class StartForm {
        @RestForm public List<String> column = new ArrayList<>();
        @RestForm public String consent = "";
        @RestForm public String consentOrigin = "";
        @RestForm @Typed.MultiLine public String consentWording = "";
        @RestForm public String step = "";

        FormErrors validate(ImportMessages m, int columns) {
            FormErrors errors = FormErrors.none();
            consent = consent == null ? "" : consent;
            consentOrigin = consentOrigin == null ? "" : consentOrigin.strip();
            consentWording = consentWording == null ? "" : consentWording.strip();
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                String c = i < column.size() ? column.get(i) : ImportRules.IGNORE;
                chosen.add(ImportRules.FIELDS.contains(c) ? c : ImportRules.IGNORE);
            }
            column = chosen;
            if (!chosen.contains(ImportRules.EMAIL)) {
                errors.add("column-0", m.emailColumnMissing());
            } else {
                for (String f : ImportRules.FIELDS) {
                    if (!f.equals(ImportRules.IGNORE) && chosen.indexOf(f) != chosen.lastIndexOf(f)) {
                        errors.add("column-" + chosen.lastIndexOf(f), m.fieldTwice());
                        break;
                    }
                }
            }
            if ("preview".equals(step)) {
                return errors;
            }
            if (!"given".equals(consent) && !"none".equals(consent)) {
                errors.add("consent", m.consentRequired());
            } else if ("given".equals(consent)) {
                if (consentOrigin.isEmpty()) {
                    errors.add("consentOrigin", m.originRequired());
                } else if (consentOrigin.length() > 200) {
                    errors.add("consentOrigin", m.originTooLong());
                }
                if (consentWording.isEmpty()) {
                    errors.add("consentWording", m.wordingRequired());
                } else if (consentWording.length() > 2000) {
                    errors.add("consentWording", m.wordingTooLong());
                }
            }
            return errors;
        }
    }

    @GET
    public TemplateInstance upload(@RestQuery("too-big") String tooBig) {
        FormErrors errors = FormErrors.none();
        if (tooBig != null) {
            errors.add("file", m().fileTooBig());
        }
        return uploadPage(errors);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadFile(@BeanParam UploadForm form) {
        ImportMessages m = m();
        FormErrors errors = FormErrors.none();
        if (form.file == null || form.file.size() == 0) {
            errors.add("file", m.chooseFile());
        } else if (form.file.size() > SupporterImports.MAX_BYTES) {
            errors.add("file", m.fileTooBig());
        } else {
            try {
                long id = imports.stage(form.file.uploadedFile(), fileName(form.file), currentUser.getSubject(),
                        currentUser.getName());
                return Response.seeOther(URI.create("/coordinator/imports/" + id)).build();
            } catch (SupporterImports.InvalidFile e) {
                errors.add("file", e.reason(m));
            }
        }
        return Response.status(400).entity(uploadPage(errors)).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public TemplateInstance show(@PathParam("id") long id, @RestQuery("updates") String updates) {
        SupporterImports.Import imp = imports.find(id).orElseThrow(NotFoundException::new);
        if (imp.isUploaded()) {
            StartForm form = new StartForm();
            form.column = ImportRules.guessAll(imp.header());
            return mappingPage(imp, form, FormErrors.none());
        }
        return progressPage(imp, !imp.isFinished() && !"off".equals(updates));
    }

    @POST
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") long id, @BeanParam StartForm form) {
        SupporterImports.Import imp = imports.find(id).orElseThrow(NotFoundException::new);
        if (!imp.isUploaded()) {
            return Response.seeOther(URI.create("/coordinator/imports/" + id)).build();
        }
        FormErrors errors = Typed.check(form, form.validate(m(), imp.header().size()), language);
        if ("preview".equals(form.step) && !errors.isAny()) {
            return Response.ok(mappingPage(imp, form, errors)).build();
        }
        if (errors.isAny()) {
            return Response.status(400).entity(mappingPage(imp, form, errors)).build();
        }
        imports.start(id, form.column, "given".equals(form.consent), form.consentOrigin, form.consentWording);
        return Response.seeOther(URI.create("/coordinator/imports/" + id)).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/problems.csv")
    @Produces("text/csv")
    public Response problems(@PathParam("id") long id) {
        SupporterImports.Import imp = imports.find(id).orElseThrow(NotFoundException::new);
        ImportMessages m = m();
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF'); // so that spreadsheet programs read the file as UTF-8
            List<String> heading = new ArrayList<>(List.of(m.columnLine(), m.columnReason()));
            heading.addAll(imp.header());
            Csv.row(w, heading.toArray(String[]::new));
            try {
                imports.eachProblem(id, Integer.MAX_VALUE, p -> {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(p.line()),
                            SupporterImports.reason(m, p.reason(), p.duplicateOf())));
                    row.addAll(p.cells());
                    try {
                        Csv.row(w, row.toArray(String[]::new));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        };
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-not-imported.csv\"").build();
    }

    private ImportMessages m() {
        return language.bundle(ImportMessages.class);
    }

    private TemplateInstance uploadPage(FormErrors errors) {
        return Templates.upload(imports.recent(), statuses(m()), errors);
    }

    private TemplateInstance mappingPage(SupporterImports.Import imp, StartForm form, FormErrors errors) {
        ImportMessages m = m();
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(ImportRules.IGNORE, m.fieldIgnore());
        choices.put(ImportRules.EMAIL, m.fieldEmail());
        choices.put(ImportRules.FIRST_NAME, m.fieldFirstName());
        choices.put(ImportRules.LAST_NAME, m.fieldLastName());
        choices.put(ImportRules.ZIP, m.fieldZip());
        choices.put(ImportRules.LANGUAGE, m.fieldLanguage());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < imp.header().size(); i++) {
            String heading = imp.header().get(i);
            columns.add(new Column(i, "column-" + i, m.columnLabel(i + 1, heading), i < form.column.size() ? form.column.get(i)
                    : ImportRules.IGNORE, choices));
        }
        List<PreviewLine> preview = List.of();
        if (!errors.has("column-0") && form.column.contains(ImportRules.EMAIL)) {
            preview = imports.preview(imp.id(), form.column).stream().map(r -> new PreviewLine(r.line(), r.person(),
                    "es".equals(r.person().language()) ? m.languageEs() : "en".equals(r.person().language()) ? m.languageEn()
                            : r.person().language(),
                    !r.person().ok() ? SupporterImports.reason(m, r.person().problem(), null)
                            : r.known() ? m.outcomeKnown() : m.outcomeAdded(),
                    r.person().ok() && !r.known())).toList();
        }
        String already = imports.earlierOfSameFile(imp)
                .map(e -> m.alreadyImported(Formats.date(e.createdAt().atZone(java.time.ZoneId.of("America/New_York")),
                        language.getLocale())))
                .orElse(null);
        Map<String, String> consentChoices = new LinkedHashMap<>();
        consentChoices.put("given", m.consentGiven());
        consentChoices.put("none", m.consentNone());
        return Templates.mapping(imp, columns, preview, already, form, consentChoices, errors);
    }

    private TemplateInstance progressPage(SupporterImports.Import imp, boolean updating) {
        ImportMessages m = m();
        List<ProblemLine> problems = imp.isFinished() ? imports.problems(imp.id(), PROBLEMS_SHOWN).stream()
                .map(p -> new ProblemLine(p.line(), emailCell(imp, p), SupporterImports.reason(m, p.reason(), p.duplicateOf())))
                .toList() : List.of();
        return Templates.progress(imp, statuses(m).get(imp.status()), updating, problems, PROBLEMS_SHOWN);
    }

    /** What the file had in the e-mail column, to find the row by. */
    private static String emailCell(SupporterImports.Import imp, SupporterImports.Problem p) {
        int column = imp.mapping() == null ? -1 : imp.mapping().indexOf(ImportRules.EMAIL);
        return column >= 0 && column < p.cells().size() ? p.cells().get(column) : "";
    }

    static Map<String, String> statuses(ImportMessages m) {
        return Map.of("UPLOADED", m.statusUploaded(), "QUEUED", m.statusQueued(), "RUNNING", m.statusRunning(),
                "DONE", m.statusDone(), "FAILED", m.statusFailed());
    }

    /** The name the browser gave the file, as a record of where the people came from: only its typeable characters. */
    private static String fileName(FileUpload file) {
        String name = file.fileName() == null ? "" : file.fileName();
        StringBuilder kept = new StringBuilder();
        name.codePoints().limit(200).filter(c -> Typed.isOneLine(Character.toString(c))).forEach(kept::appendCodePoint);
        return kept.isEmpty() ? "file.csv" : kept.toString();
    }
}
