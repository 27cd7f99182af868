package org.advocacyhub.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.mail.Email;
import org.advocacyhub.mail.Outbox;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.Csv;
import org.advocacyhub.web.Flash;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.advocacyhub.web.Language;
import org.advocacyhub.web.RateLimiter;
import org.advocacyhub.web.SignedTokens;
import org.advocacyhub.web.Text;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Your data": anyone can see, download, correct or erase what we hold about them. Signed-in people go
 * straight to their record; everyone else asks for a link by e-mail. The answer to that request is the
 * same whether or not we know the address, so the page never tells anyone who is on our lists.
 * The link is signed, names one record and works for an hour ({@code advocacy.privacy.link-valid}).
 */
@Path("/my-data")
@Produces(MediaType.TEXT_HTML)
public class MyDataPages {

    static final String PURPOSE = "my-data";
    static final String KEY = "{key: [0-9]+\\.[0-9]+\\.[A-Za-z0-9_-]+}";
    static final int FIRST_NAME_MAX = 100;

    @Inject
    MyData data;

    @Inject
    Subscriptions subscriptions;

    @Inject
    SignedTokens tokens;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    Outbox outbox;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    @ConfigProperty(name = "advocacy.privacy.link-valid", defaultValue = "1h")
    Duration linkValid;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(String email, FormErrors errors);

        static native TemplateInstance sent();

        static native TemplateInstance nothing();

        static native TemplateInstance record(String key, Supporter person, List<Shown> sections,
                DetailsForm form, FormErrors errors, boolean subscribed);

        static native TemplateInstance erase(String key, FormErrors errors);

        static native TemplateInstance erased();

        static native TemplateInstance linkMail(String url, String minutes);

        static native TemplateInstance noneMail(String url);
    }

    /** A section as the page shows it: labels are PrivacyMessages keys, values are formatted for reading. */
    public record Shown(String name, List<List<Field>> rows) {
        public String getTitleKey() {
            return "section_" + name;
        }
    }

    public record Field(String labelKey, String value) {
    }

    /** The correction form, exactly as typed. */
    public static class DetailsForm {
        @RestForm public String firstName = "";
        @RestForm public String lastName = "";
        @RestForm public String zip = "";

        static DetailsForm of(Supporter s) {
            DetailsForm f = new DetailsForm();
            f.firstName = s.firstName == null ? "" : s.firstName;
            f.lastName = s.lastName == null ? "" : s.lastName;
            f.zip = s.zip == null ? "" : s.zip;
            return f;
        }

        FormErrors validate(PrivacyMessages m) {
            FormErrors errors = FormErrors.none();
            firstName = firstName == null ? "" : firstName.strip();
            lastName = lastName == null ? "" : lastName.strip();
            zip = zip == null ? "" : zip.strip();
            if (firstName.length() > FIRST_NAME_MAX) {
                errors.add("firstName", m.tooLong(FIRST_NAME_MAX));
            }
            if (lastName.length() > FIRST_NAME_MAX) {
                errors.add("lastName", m.tooLong(FIRST_NAME_MAX));
            }
            if (!zip.isEmpty() && !zip.matches("[0-9]{5}")) {
                errors.add("zip", m.zipInvalid());
            }
            return errors;
        }
    }

    @GET
    public Response start() {
        if (!user.isSignedIn()) {
            return Response.ok(Templates.request("", FormErrors.none())).build();
        }
        Optional<Supporter> mine = Supporter.findBySubject(user.getSubject())
                .or(() -> user.getVerifiedEmail().isBlank() ? Optional.empty() : Supporter.findByEmail(user.getVerifiedEmail()));
        return mine.filter(s -> s.erasedAt == null)
                .map(s -> Response.seeOther(URI.create("/my-data/" + key(s.id))).build())
                .orElseGet(() -> Response.ok(Templates.nothing()).build());
    }

    /** Always the same answer; the e-mail says either "here is your link" or "we hold nothing". */
    @POST
    public Response requestLink(@RestForm String email) {
        PrivacyMessages m = language.bundle(PrivacyMessages.class);
        String typed = email == null ? "" : email.strip();
        if (!Typed.isOneLine(typed)) {
            return Response.status(400)
                    .entity(Templates.request(typed, FormErrors.none().add("email", Typed.message(language.getTag())))).build();
        }
        if (!Text.isEmailAddress(typed)) {
            return Response.status(400)
                    .entity(Templates.request(typed, FormErrors.none().add("email", m.emailInvalid()))).build();
        }
        if (!rateLimiter.allowsVisitor("my-data", typed, 10, 3, Duration.ofHours(1))) {
            return Response.status(429)
                    .entity(Templates.request(typed, FormErrors.none().add("email", m.tooManyRequests()))).build();
        }
        Optional<Supporter> known = Supporter.findByEmail(typed).filter(s -> s.erasedAt == null);
        String address = Supporter.normaliseEmail(typed);
        if (known.isPresent()) {
            String url = baseUrl + "/my-data/" + key(known.get().id);
            outbox.queue(Email.of("my-data-link", address, m.linkMailSubject(),
                    Templates.linkMail(url, String.valueOf(linkValid.toMinutes())), null));
        } else {
            outbox.queue(Email.of("my-data-none", address, m.linkMailSubject(),
                    Templates.noneMail(baseUrl + "/privacy"), null));
        }
        return Response.seeOther(URI.create("/my-data/sent")).build();
    }

    @GET
    @Path("sent")
    public TemplateInstance sent() {
        return Templates.sent();
    }

    @GET
    @Path(KEY)
    public TemplateInstance record(@PathParam("key") String key) {
        Supporter s = person(key);
        return page(key, s, DetailsForm.of(s), FormErrors.none());
    }

    @POST
    @Path(KEY + "/details")
    public Response correct(@PathParam("key") String key, @jakarta.ws.rs.BeanParam DetailsForm form) {
        Supporter s = person(key);
        FormErrors errors = Typed.check(form, form.validate(language.bundle(PrivacyMessages.class)), language);
        if (errors.isAny()) {
            return Response.status(400).entity(page(key, s, form, errors)).build();
        }
        data.correct(s.id, form.firstName, form.lastName, form.zip);
        return Response.seeOther(URI.create("/my-data/" + key)).cookie(Flash.next("my-data-corrected")).build();
    }

    @POST
    @Path(KEY + "/unsubscribe")
    public Response unsubscribe(@PathParam("key") String key) {
        Supporter s = person(key);
        subscriptions.unsubscribe(s.id, "my-data");
        return Response.seeOther(URI.create("/my-data/" + key)).cookie(Flash.next("unsubscribed")).build();
    }

    @GET
    @Path(KEY + "/export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response exportJson(@PathParam("key") String key) throws Exception {
        Supporter s = person(key);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exported_at", Instant.now().toString());
        for (MyData.Section section : data.collect(s.id)) {
            export.put(section.name(), section.rows());
        }
        String body = json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(export);
        return download(body, "application/json; charset=UTF-8", "my-data.json");
    }

    /** One row per value, "section,row,field,value": every section fits one sheet, however they differ. */
    @GET
    @Path(KEY + "/export.csv")
    @Produces("text/csv")
    public Response exportCsv(@PathParam("key") String key) throws java.io.IOException {
        Supporter s = person(key);
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // so spreadsheets read the accents right
        Csv.row(out, "section", "row", "field", "value");
        for (MyData.Section section : data.collect(s.id)) {
            int n = 0;
            for (Map<String, Object> row : section.rows()) {
                n++;
                for (Map.Entry<String, Object> field : row.entrySet()) {
                    Csv.row(out, section.name(), String.valueOf(n), field.getKey(),
                            field.getValue() == null ? "" : field.getValue().toString());
                }
            }
        }
        return download(out.toString(), "text/csv; charset=UTF-8", "my-data.csv");
    }

    @GET
    @Path(KEY + "/erase")
    public TemplateInstance erasePage(@PathParam("key") String key) {
        person(key);
        return Templates.erase(key, FormErrors.none());
    }

    @POST
    @Path(KEY + "/erase")
    public Response erase(@PathParam("key") String key, @RestForm String confirm) {
        Supporter s = person(key);
        if (!"yes".equals(confirm)) {
            return Response.status(400).entity(Templates.erase(key,
                    FormErrors.none().add("confirm", language.bundle(PrivacyMessages.class).eraseConfirmMissing()))).build();
        }
        data.erase(s.id, MyData.Reason.SELF);
        return Response.seeOther(URI.create("/my-data/erased")).build();
    }

    @GET
    @Path("erased")
    public TemplateInstance erased() {
        return Templates.erased();
    }

    private TemplateInstance page(String key, Supporter s, DetailsForm form, FormErrors errors) {
        PrivacyMessages m = language.bundle(PrivacyMessages.class);
        List<Shown> shown = new java.util.ArrayList<>();
        for (MyData.Section section : data.collect(s.id)) {
            List<List<Field>> rows = new java.util.ArrayList<>();
            for (Map<String, Object> row : section.rows()) {
                List<Field> fields = new java.util.ArrayList<>();
                row.forEach((name, value) -> fields.add(new Field(name, readable(name, value, m))));
                rows.add(fields);
            }
            shown.add(new Shown(section.name(), rows));
        }
        return Templates.record(key, s, shown, form, errors, s.isSubscribed());
    }

    /**
     * Stored values in words: statuses and where a choice was made, yes and no, the language by its
     * name, times in US Eastern time in the reader's language, nothing as a dash. The exports keep
     * the values exactly as stored.
     */
    private String readable(String field, Object value, PrivacyMessages m) {
        if (value == null || value.toString().isEmpty()) {
            return "–";
        }
        if (field.equals("language")) {
            return "es".equals(value) ? "Español" : "English";
        }
        if (field.equals("status")) {
            return switch (value.toString()) {
                case "GOING" -> m.statusGoing();
                case "WAITLISTED" -> m.statusWaitlisted();
                case "CANCELLED" -> m.statusCancelled();
                case "QUEUED" -> m.statusQueued();
                case "SENT" -> m.statusSent();
                case "FAILED", "DEAD" -> m.statusFailed();
                case "DRAFT" -> m.statusDraft();
                case "PENDING" -> m.statusPending();
                case "PUBLISHED" -> m.statusPublished();
                case "REJECTED" -> m.statusRejected();
                default -> value.toString();
            };
        }
        if (field.endsWith("source")) {
            String source = value.toString();
            int colon = source.indexOf(':');
            String where = colon < 0 ? source : source.substring(0, colon);
            String what = colon < 0 ? "" : source.substring(colon + 1);
            return switch (where) {
                case "petition" -> m.sourcePetition(what);
                case "rsvp" -> m.sourceRsvp(what);
                case "api" -> m.sourceApi(what);
                case "unsubscribe-link" -> m.sourceUnsubscribeLink();
                case "list-unsubscribe" -> m.sourceListUnsubscribe();
                case "my-data" -> m.sourceMyData();
                default -> source;
            };
        }
        if (value instanceof Boolean b) {
            return b ? m.yes() : m.no();
        }
        String text = value.toString();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            java.time.ZonedDateTime t = Instant.parse(text).atZone(java.time.ZoneId.of("America/New_York"));
            return org.advocacyhub.web.Formats.shortDate(t, language.getLocale()) + ", "
                    + org.advocacyhub.web.Formats.time(t, language.getLocale()) + " " + org.advocacyhub.web.Formats.zone(t, language.getLocale());
        }
        return text;
    }

    private static Response download(String body, String type, String filename) {
        return Response.ok(body).type(type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** "id.expires.signature": names one record until it expires. */
    String key(long supporterId) {
        long expires = Instant.now().plus(linkValid).getEpochSecond();
        return supporterId + "." + expires + "." + tokens.sign(PURPOSE + ":" + expires, supporterId);
    }

    /** The record a key opens, or 404 for a forged, expired or erased one: no hint which. */
    private Supporter person(String key) {
        String[] parts = key.split("\\.");
        long id;
        long expires;
        try {
            id = Long.parseLong(parts[0]);
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            // Digits too many for a number: forged, like any other bad key.
            throw new NotFoundException();
        }
        if (Instant.now().getEpochSecond() > expires || !tokens.verify(PURPOSE + ":" + expires, id, parts[2])) {
            throw new NotFoundException();
        }
        Supporter s = Supporter.findById(id);
        if (s == null || s.erasedAt != null) {
            throw new NotFoundException();
        }
        return s;
    }
}
