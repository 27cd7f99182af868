package org.advocacyhub.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.advocacyhub.api.ApiKey;
import org.advocacyhub.event.Accessibility;
import org.advocacyhub.event.Event;
import org.advocacyhub.event.EventKind;
import org.advocacyhub.event.EventStatus;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.LetterCampaign;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.petition.Petition;
import org.advocacyhub.petition.PetitionStatus;
import org.advocacyhub.petition.Signing;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.web.HostileForms.Field;
import org.advocacyhub.web.HostileForms.Form;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 13: no input breaks a page. Every form (found by reading the pages, so a new field is
 * attacked without being listed) and every API endpoint gets the hostile corpus ({@link HostileCorpus}):
 * each field the control, NUL and overlong set, one representative field per form the whole corpus, and
 * every form the structural attacks (duplicated and missing fields, wrong content types, broken
 * encodings, oversized bodies). Never a 5xx, never a stack trace, and a refused request changes no row
 * count. The last lines check the messages people see.
 */
@QuarkusTest
class HostileInputTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final Set<String> INPUTS = java.util.Collections.synchronizedSet(new HashSet<>());
    private static final List<String> SERVER_ERRORS = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final String[] MARKERS = {"at org.", "Exception", "java.", "at io.", "\tat "};
    private static final String FORM_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    EntityManager em;

    @Inject
    Signing signing;

    @Inject
    SignedTokens tokens;

    @Inject
    ObjectMapper json;

    private String countSql;

    /** The row counts after the last request: the "before" of the next, so each request costs one count. */
    private long[] lastCounts;

    private final List<String> failures = new ArrayList<>();

    @AfterAll
    static void report() {
        System.out.println("hostile inputs: " + REQUESTS.get() + " requests, " + INPUTS.size() + " distinct inputs, "
                + SERVER_ERRORS.size() + " server errors");
    }

    // ---------------------------------------------------------------- the corpus through every form

    @Test
    void everyPublicFormTakesTheCorpus() {
        Petition petition = openPetition();
        Event event = event(EventStatus.PUBLISHED, "someone-else");
        LetterCampaign campaign = openCampaign();
        long supporter = supporter();
        String key = myDataKey(supporter);

        full = true; // the signing form's first field takes the whole corpus; the other forms a cut of it
        attackPages(List.of("/petitions/" + petition.slug));
        full = false;
        attackPages(List.of("/events/" + event.slug, "/letters/" + campaign.slug, "/my-data", "/my-data/" + key, "/events",
                "/legislators"));
        // Signed links: forged, truncated and absurd tokens on the forms they open.
        Forms.Page page = Forms.open("/my-data");
        for (String token : concat(HostileCorpus.tokens(), HostileCorpus.controls())) {
            check("rsvp cancel token", token, () -> page.form().formParam("token", token).post("/rsvps/1/cancel"));
            check("confirm token", token, () -> page.form().formParam("token", token).post("/petitions/confirm/1"));
        }
        // The erase form last: a valid press erases the person the other pages show.
        attackPages(List.of("/my-data/" + key + "/erase"));
        assertNoFailures();
    }

    @Test
    @TestSecurity(user = "hostile-host", roles = "volunteer")
    void everyHostFormTakesTheCorpus() {
        Event draft = event(EventStatus.DRAFT, "hostile-host");
        // A published event of theirs with one person going, so the check-in page has its forms.
        Event mine = event(EventStatus.PUBLISHED, "hostile-host");
        Form rsvp = HostileForms.parse("/events/" + mine.slug, given().get("/events/" + mine.slug).asString()).stream()
                .filter(f -> f.action().endsWith("/rsvp")).findFirst().orElseThrow();
        assertEquals(303, send(rsvp, Map.of()).statusCode(), "someone is going");
        attackPages(List.of("/events/new", "/events/" + draft.slug + "/edit", "/events/" + mine.slug + "/check-in"));
        assertNoFailures();
    }

    @Test
    @TestSecurity(user = "hostile-coordinator", roles = {"volunteer", "coordinator"})
    void everyCoordinatorFormTakesTheCorpus() {
        Petition petition = openPetition();
        LetterCampaign campaign = openCampaign();
        event(EventStatus.PENDING, "someone-pending");
        attackPages(List.of("/coordinator/petitions/new", "/coordinator/petitions/" + petition.id + "/edit",
                "/coordinator/letters/new", "/coordinator/letters/" + campaign.id + "/edit", "/coordinator/events",
                "/coordinator/news", "/coordinator/api-keys", "/coordinator", "/coordinator/reports/petitions/" + petition.id,
                "/coordinator/letters/legislators"));
        // The people search asks Keycloak each time: the control and injection sets only.
        for (String q : concat(HostileCorpus.shortControls(), HostileCorpus.injection().subList(0, 4))) {
            check("people q", q, () -> given().queryParam("q", q).get("/coordinator/people"));
        }
        for (String path : List.of("/coordinator/petitions/99999999999999999999/edit", "/coordinator/petitions/-1/edit",
                "/coordinator/tables/%00.csv", "/coordinator/tables/..%2f..%2fetc.csv", "/coordinator/reports/petitions/abc",
                "/coordinator/api-keys?revoked=abc", "/coordinator/api-keys?revoked=99999999999999999999",
                "/coordinator/people?page=-1", "/coordinator/people?page=abc", "/coordinator/people?page=99999999999",
                "/coordinator/letters/99999999999999999999", "/coordinator/reports/events/99999999999999999999",
                "/coordinator?from=%2B999999999-12-31&to=x", "/coordinator?from=2026-02-30&to=1900-01-01",
                "/coordinator?from=0001-01-01&to=9999-12-31")) {
            check("path", path, () -> given().urlEncodingEnabled(false).get(path));
        }
        assertNoFailures();
    }

    // ---------------------------------------------------------------- structural attacks, anonymous

    @Test
    void junkAddressesHeadersAndBodiesAnswerPolitely() {
        Petition petition = openPetition();
        for (String path : List.of("/events/%00", "/events/..%2f..%2fetc", "/petitions/%E2%80%AE", "/petitions/confirm/abc?token=x",
                "/petitions/confirm/99999999999999999999?token=x", "/rsvps/abc/cancel", "/rsvps/-1/cancel?token=x",
                "/rsvps/1/cancel?token=%00", "/unsubscribe/1/%00", "/unsubscribe/99999999999999999999/x", "/unsubscribe/abc/x",
                "/my-data/99999999999999999999.1.abc", "/my-data/1.99999999999999999999.abc", "/my-data/1.1.a/export.json",
                "/my-data/-1.-1.x", "/letters/%00", "/letters/x/thanks", "/language?to=%00&then=%00",
                "/language?to=xx&then=//evil.example", "/language?to=es&then=/%0d%0aSet-Cookie:x=1",
                "/account/sign-in?then=%0d%0aSet-Cookie:x=1", "/events?page=99999999999999999999", "/events?page=-5",
                "/events?radius=1e309&zip=05401", "/events?from=%2B999999999-12-31", "/events?to=-999999999-01-01",
                "/events?kind=%00", "/events?online=%00", "/legislators?zip=%00", "/legislators?zip=" + "9".repeat(5000),
                "/events/" + "a".repeat(5000), "/%00", "/q/%00", "/api/v1/%00", "/petitions/" + petition.slug + "/thanks?x=%00")) {
            check("path", path, () -> given().urlEncodingEnabled(false).redirects().follow(false).get(path));
        }
        for (String lang : concat(HostileCorpus.controls().subList(0, 8), List.of("*", "xx-YY;q=abc", "es;q=2", ";;;", "a".repeat(3000)))) {
            check("Accept-Language", lang, () -> given().header("Accept-Language", lang).get("/petitions/" + petition.slug));
            check("lang cookie", lang, () -> given().cookie("lang", lang).get("/events"));
        }

        String sign = "/petitions/" + petition.slug + "/sign";
        Forms.Page page = Forms.open("/petitions/" + petition.slug);
        Map<String, String> good = Map.of("firstName", "Ana", "lastName", "Ruiz", "email", "struct@example.org", "zip", "05401",
                "started", signing.startedToken(Instant.now().minusSeconds(30)));
        String encoded = encode(good) + "&csrf-token=" + page.token();
        check("empty body", "", () -> page.form().post(sign));
        check("no csrf", "", () -> given().redirects().follow(false).contentType(FORM_TYPE).formParams(good).post(sign));
        check("text/plain", "", () -> given().redirects().follow(false).cookies(page.cookies()).contentType("text/plain")
                .body(encoded).post(sign));
        check("json to a form", "", () -> given().redirects().follow(false).cookies(page.cookies()).contentType("application/json")
                .body("{\"firstName\":\"\\u0000\"}").post(sign));
        check("xml to a form", "", () -> given().redirects().follow(false).cookies(page.cookies()).contentType("application/xml")
                .body("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>").post(sign));
        check("latin-1", "", () -> given().redirects().follow(false).cookies(page.cookies())
                .contentType("application/x-www-form-urlencoded; charset=ISO-8859-1").body(encoded).post(sign));
        for (String raw : List.of("firstName=%ZZ", "firstName=%", "firstName=%E0%A4%A", "firstName=%C3%28", "=&=&&&",
                "firstName", "firstName=a=b=c", "%00=%00")) {
            check("malformed encoding", raw, () -> given().redirects().follow(false).cookies(page.cookies()).contentType(FORM_TYPE)
                    .body(raw + "&csrf-token=" + page.token()).post(sign));
        }
        StringBuilder many = new StringBuilder(encoded);
        for (int i = 0; i < 5_000; i++) {
            many.append("&f").append(i).append("=x");
        }
        check("5,000 fields", "", () -> given().redirects().follow(false).cookies(page.cookies()).contentType(FORM_TYPE)
                .body(many.toString()).post(sign));
        String huge = "firstName=" + "a".repeat(3 * 1024 * 1024) + "&csrf-token=" + page.token();
        Response tooBig = check("3 MB body", huge, () -> given().redirects().follow(false).cookies(page.cookies()).contentType(FORM_TYPE)
                .body(huge).post(sign));
        // Vert.x answers 413, or closes the connection while the body is still being written (check() returns null).
        if (tooBig != null) {
            assertEquals(413, tooBig.statusCode(), "an oversized body is refused as too large");
        }
        assertNoFailures();
    }

    // ---------------------------------------------------------------- the API

    @Test
    void everyApiEndpointTakesTheCorpus() throws Exception {
        String key = apiKey();
        Petition petition = openPetition();
        Event event = event(EventStatus.PUBLISHED, "api-host");
        for (String path : List.of("/api/v1/people", "/api/v1/events", "/api/v1/petitions", "/api/v1/advocacy_campaigns",
                "/api/v1/petitions/" + petition.id + "/signatures", "/api/v1/events/" + event.id + "/attendances")) {
            for (String v : concat(HostileCorpus.numbers().subList(0, 12), HostileCorpus.shortControls().subList(0, 4))) {
                check("api page", v, () -> api(key).queryParam("page", v).get(path));
                check("api per_page", v, () -> api(key).queryParam("per_page", v).get(path));
            }
            for (String v : concat(HostileCorpus.dates().subList(0, 8), HostileCorpus.shortControls(), HostileCorpus.injection().subList(0, 4),
                    List.of("modified_date gt '+999999999-12-31'", "modified_date gt '2026-02-30'", "modified_date gt 'x' and",
                            "modified_date gt '2020-01-01T00:00:00+25:00'", "modified_date gt '0001-01-01'",
                            "modified_date eq '" + "9".repeat(400) + "'"))) {
                check("api filter", v, () -> api(key).queryParam("filter", v).get(path));
            }
        }
        for (String path : List.of("/api/v1/people/99999999999999999999", "/api/v1/people/abc", "/api/v1/events/-1",
                "/api/v1/petitions/1/signatures/99999999999999999999", "/api/v1/%00", "/api/v1/people/%00")) {
            check("api path", path, () -> api(key).urlEncodingEnabled(false).get(path));
        }
        for (String token : concat(HostileCorpus.tokens(), HostileCorpus.controls().subList(0, 12))) {
            check("api key header", token, () -> given().header("OSDI-API-Token", token).get("/api/v1/people"));
            check("bearer", token, () -> given().header("Authorization", "Bearer " + token).get("/api/v1/people"));
        }

        String sign = "/api/v1/petitions/" + petition.id + "/signatures";
        String attend = "/api/v1/events/" + event.id + "/attendances";
        for (String field : List.of("given_name", "family_name", "address", "postal_code", "comments", "status")) {
            List<String> values = field.equals("given_name") ? HostileCorpus.all() : concat(HostileCorpus.controls(), typedJson(field));
            for (String v : values) {
                String path = field.equals("status") ? attend : field.equals("comments") ? sign : (SEQ.get() % 2 == 0 ? sign : attend);
                check("api " + field, v, () -> api(key).contentType("application/json").body(person(field, v)).post(path));
            }
        }
        for (String raw : List.of("", "null", "[]", "\"x\"", "42", "{", "{\"person\":", "{\"person\":null}", "{\"person\":[]}",
                "{\"person\":{\"given_name\":{\"a\":1}}}", "{\"person\":{\"given_name\":[1,2]}}",
                "{\"person\":{\"given_name\":1e999999}}", "{\"person\":{\"email_addresses\":{}}}",
                "{\"person\":{\"email_addresses\":[null]}}", "{\"person\":{\"email_addresses\":[{\"address\":null}]}}",
                "{\"person\":{\"postal_addresses\":\"05401\"}}", "{\"person\":{}}{\"person\":{}}", "{\"person\":{}} trailing",
                "\ufeff{\"person\":{}}", "{\"person\":{\"given_name\":\"a\",\"given_name\":\"b\"}}",
                "{\"person\":{\"given_name\":\"\u0000\"}}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "{\"person\":{\"given_name\":\"" + "a".repeat(1_000_000) + "\"}}")) {
            check("api body", raw, () -> api(key).contentType("application/json").body(raw).post(sign));
            check("api body", raw, () -> api(key).contentType("application/json").body(raw).post(attend));
        }
        String valid = person("given_name", "Ana");
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
                "application/json; charset=UTF-16")) {
            check("api content type", type, () -> api(key).contentType(type).body(valid).post(sign));
        }
        check("api no content type", "", () -> api(key).body(valid.getBytes(StandardCharsets.UTF_8)).post(sign));
        check("api 3 MB", "", () -> api(key).contentType("application/json")
                .body("{\"person\":{\"given_name\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}}").post(sign));
        assertNoFailures();
    }

    // ---------------------------------------------------------------- what a person sees

    @Test
    void aNulInANameIsRefusedBesideTheFieldAndKept() {
        Petition petition = openPetition();
        Forms.Page page = Forms.open("/petitions/" + petition.slug);
        String email = "nul" + SEQ.incrementAndGet() + "@example.org";
        Response r = page.form().formParams(Map.of("firstName", "Ann\u0000e", "lastName", "Ruiz", "email", email, "zip", "05401",
                "started", signing.startedToken(Instant.now().minusSeconds(30)))).post("/petitions/" + petition.slug + "/sign");
        assertEquals(400, r.statusCode(), r.asString());
        String html = r.asString();
        assertTrue(html.contains("id=\"firstName-error\""), "the message is beside the name");
        assertTrue(html.contains("character that cannot be typed"), html);
        assertTrue(html.contains("value=\"Ann\u0000e\""), "what was typed is still there");
        assertEquals(0L, count("SELECT count(*) FROM supporter WHERE email = ?1", email));
    }

    @Test
    void aRsvpAndTheSpanishFormSayItToo() {
        Event event = event(EventStatus.PUBLISHED, "rsvp-host");
        Forms.Page page = Forms.open("/events/" + event.slug);
        String email = "rsvpnul" + SEQ.incrementAndGet() + "@example.org";
        Response r = page.form().header("Accept-Language", "es").formParams(Map.of("firstName", "Ana", "lastName", "Ru\u202eiz",
                "email", email, "zip", "05401", "guests", "0", "started", org.advocacyhub.testsupport.Visitors.rsvpStarted()))
                .post("/events/" + event.slug + "/rsvp");
        assertEquals(400, r.statusCode(), r.asString());
        assertTrue(r.asString().contains("id=\"lastName-error\""), r.asString());
        assertTrue(r.asString().contains("carácter que no se puede escribir"), r.asString());
        assertEquals(0L, count("SELECT count(*) FROM supporter WHERE email = ?1", email));
    }

    @Test
    @TestSecurity(user = "hostile-coordinator", roles = {"volunteer", "coordinator"})
    void anApiKeyNameWithANulIsRefused() {
        String name = "Key\u0000" + SEQ.incrementAndGet();
        Response r = Forms.open("/coordinator/api-keys").form().formParam("name", name).post("/coordinator/api-keys");
        assertEquals(400, r.statusCode(), r.asString());
        assertTrue(r.asString().contains("character that cannot be typed"), r.asString());
    }

    @Test
    void theApiNamesTheFieldWithTheControlCharacter() throws Exception {
        String key = apiKey();
        Petition petition = openPetition();
        Response r = api(key).contentType("application/json").body(person("given_name", "Ann\u0000e"))
                .post("/api/v1/petitions/" + petition.id + "/signatures");
        assertEquals(400, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertTrue(r.jsonPath().getString("fields.'person.given_name'").contains("control character"), r.asString());
    }

    @Test
    void aMultiLineCommentKeepsItsLineBreaksAndOddTextIsStoredAsTyped() {
        Petition petition = openPetition();
        int i = 0;
        for (String comment : List.of("Line one\nLine two\n\tindented", "👩‍👩‍👧‍👦 for my family, José", "'; DROP TABLE supporter; --",
                "<script>alert(1)</script> {name} ${7*7}")) {
            Forms.Page page = Forms.open("/petitions/" + petition.slug);
            String email = "odd" + SEQ.incrementAndGet() + "@example.org";
            String first = List.of("Zoë", "李小龙", "O'Brien", "محمد").get(i++);
            page.form().header("X-Forwarded-For", "2001:db8::1:" + Integer.toHexString(SEQ.incrementAndGet()))
                    .formParams(Map.of("firstName", first, "lastName", "Ruiz", "email", email, "zip", "05401", "comment", comment,
                            "started", signing.startedToken(Instant.now().minusSeconds(30))))
                    .post("/petitions/" + petition.slug + "/sign").then().statusCode(303);
            assertEquals(1L, count("SELECT count(*) FROM signature s JOIN supporter p ON p.id = s.supporter_id "
                    + "WHERE p.email = ?1 AND p.first_name = ?2 AND s.comment = ?3", email, first, comment.strip()),
                    "stored exactly as typed: " + comment);
        }
    }

    // ---------------------------------------------------------------- the engine

    /** Reads each page's forms and attacks each, following the pages a valid answer leads to (the letter steps). */
    private void attackPages(List<String> pages) {
        Set<String> done = new LinkedHashSet<>();
        List<Form> queue = new ArrayList<>();
        for (String page : pages) {
            Response r = given().get(page);
            assertEquals(200, r.statusCode(), page + " answers");
            for (Form f : HostileForms.parse(page, r.asString())) {
                queue.add(f);
            }
        }
        while (!queue.isEmpty()) {
            Form form = queue.remove(0);
            String id = form.method() + " " + form.action().replaceAll("\\d+", "N");
            if (form.action().contains("sign-out") || form.inputs().isEmpty() || !done.add(id)) {
                continue;
            }
            queue.addAll(attack(form));
        }
    }

    /** The field sets attacked so far, so that a second form of the same shape gets the short set. */
    private final Set<String> shapes = new HashSet<>();

    /** Whether representative fields get the whole corpus (one form per run does) or a cut of it. */
    private boolean full;

    /** Returns the forms on the page the valid submission leads to. */
    private List<Form> attack(Form form) {
        List<Form> next = new ArrayList<>();
        boolean acts = form.hasVisibleInput() && !form.action().contains("/erase");
        if (acts) {
            Response ok = check(form.action() + " (valid)", "", () -> send(form, Map.of()));
            if (ok.statusCode() == 200 && form.method().equals("post")) {
                next.addAll(HostileForms.parse(form.page(), ok.asString()));
            }
        }
        List<Field> inputs = form.inputs();
        Field representative = inputs.stream().filter(f -> f.isVisibleText() && !f.kind().equals("textarea")).findFirst()
                .orElse(inputs.get(0));
        Field textarea = inputs.stream().filter(f -> f.kind().equals("textarea")).findFirst().orElse(null);
        // The same form again (an edit beside a new one) gets the short set only.
        boolean seen = !shapes.add(form.method() + inputs.stream().map(Field::name).toList());
        for (Field f : inputs) {
            if (f.kind().equals("file")) {
                continue;
            }
            List<String> values = seen ? HostileCorpus.shortControls()
                    : f == representative ? (full ? HostileCorpus.all() : HostileCorpus.sample())
                    : f == textarea ? concat(HostileCorpus.controls(), HostileCorpus.injection().subList(0, 10))
                    : concat(HostileCorpus.shortControls(), typed(f));
            for (String v : values) {
                check(form.action() + " " + f.name(), v, () -> send(form, Map.of(f.name(), List.of(v))));
            }
        }
        if (form.method().equals("post") && acts && !seen) {
            for (Field f : inputs) {
                check(form.action() + " " + f.name() + " twice", "\u0000",
                        () -> send(form, Map.of(f.name(), List.of("\u0000", "second"))));
                check(form.action() + " " + f.name() + " missing", "", () -> send(form, Map.of(f.name(), List.of())));
            }
            check(form.action() + " only the token", "", () -> send(form, null));
            check(form.action() + " as JSON", "", () -> given().redirects().follow(false).contentType("application/json")
                    .body("{\"" + representative.name() + "\":\"\\u0000\"}").post(form.action()));
            check(form.action() + " as text", "", () -> given().redirects().follow(false).contentType("text/plain")
                    .body(representative.name() + "=x").post(form.action()));
        }
        return next;
    }

    private static List<String> typedJson(String field) {
        return switch (field) {
            case "address" -> HostileCorpus.addresses();
            case "postal_code" -> HostileCorpus.numbers().subList(0, 10);
            case "comments" -> HostileCorpus.injection().subList(0, 10);
            default -> HostileCorpus.tokens().subList(0, 5);
        };
    }

    /** The values a field of this kind invites beyond the control set, a few of each. */
    private static List<String> typed(Field f) {
        List<String> all = typedAll(f);
        return all.subList(0, Math.min(8, all.size()));
    }

    private static List<String> typedAll(Field f) {
        String n = f.name().toLowerCase();
        if (n.contains("date") || n.contains("time") || n.equals("from") || n.equals("to") || n.equals("deadline")) {
            return concat(HostileCorpus.dates(), HostileCorpus.zones());
        }
        if (n.contains("zone")) {
            return HostileCorpus.zones();
        }
        if (n.contains("email")) {
            return HostileCorpus.addresses();
        }
        if (n.contains("url") || n.equals("then")) {
            return HostileCorpus.links();
        }
        if (n.equals("goal") || n.equals("capacity") || n.equals("guests") || n.equals("page") || n.equals("radius") || n.equals("zip")) {
            return HostileCorpus.numbers();
        }
        if (n.equals("started") || n.equals("token") || f.kind().equals("hidden")) {
            return HostileCorpus.tokens();
        }
        return concat(HostileCorpus.blanks(), List.of("x", "yes", "no", "on", "true", "DRAFT", "submit", "delete", "send"));
    }

    /**
     * Sends the form with every field as a browser would, valid where the page left it empty, and the
     * given fields replaced (an empty list leaves a field out); {@code null} sends only the CSRF token.
     */
    private Response send(Form form, Map<String, List<String>> replaced) {
        int n = SEQ.incrementAndGet();
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (replaced != null) {
            for (Field f : form.fields()) {
                if (f.name().equals("csrf-token") || f.kind().equals("file")) {
                    continue;
                }
                String v = f.value();
                if (f.name().equals("started")) {
                    // Each form signs its "started" field for its own purpose (web/BotCheck).
                    v = form.action().endsWith("/rsvp") ? org.advocacyhub.testsupport.Visitors.rsvpStarted()
                            : signing.startedToken(Instant.now().minusSeconds(30));
                } else if ((v == null || v.isEmpty()) && !f.kind().equals("hidden") && !f.kind().equals("checkbox")) {
                    String filled = fill(f.name(), n);
                    v = filled != null ? filled : v;
                }
                if (v != null) {
                    values.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(v);
                }
            }
            values.putAll(replaced);
        }
        if (form.method().equals("get")) {
            RequestSpecification spec = given().redirects().follow(false);
            values.forEach((k, vs) -> {
                if (!vs.isEmpty()) {
                    spec.queryParam(k, vs);
                }
            });
            return spec.get(form.action());
        }
        Forms.Page page = page(form.page());
        RequestSpecification spec = given().redirects().follow(false).cookies(page.cookies())
                .header("X-Forwarded-For", "2001:db8::" + Integer.toHexString(n));
        if (form.multipart()) {
            spec.multiPart("csrf-token", page.token());
            values.forEach((k, vs) -> vs.forEach(v -> spec.multiPart(k, v)));
            for (Field f : form.fields()) {
                if (f.kind().equals("file")) {
                    spec.multiPart(f.name(), "legislators.yaml", "- id: {bioguide: \u0000}\n".getBytes(StandardCharsets.UTF_8), "application/yaml");
                }
            }
        } else {
            spec.contentType(FORM_TYPE).formParam("csrf-token", page.token());
            values.forEach((k, vs) -> {
                if (!vs.isEmpty()) {
                    spec.formParam(k, vs);
                }
            });
        }
        return spec.post(form.action());
    }

    private final Map<String, Forms.Page> pages = new LinkedHashMap<>();

    /** One CSRF cookie and token per page, as a visitor who keeps the tab open. */
    private Forms.Page page(String path) {
        return pages.computeIfAbsent(path, Forms::open);
    }

    /** What a careful person would type into a field the page left empty; null for fields left empty. */
    private static String fill(String name, int n) {
        return switch (name) {
            case "firstName" -> "Ana";
            case "lastName" -> "Ruiz";
            case "email" -> "hostile" + n + "@example.org";
            case "zip" -> "05401";
            case "street" -> "1 Main Street";
            case "city" -> "Burlington";
            case "title" -> "Hostile check " + n;
            case "description" -> "A calm description.";
            case "summary" -> "A short summary.";
            case "body" -> "A body of text.";
            case "target" -> "U.S. Congress";
            case "goal" -> "100";
            case "startDate" -> LocalDate.now().plusDays(40).toString();
            case "startTime" -> "10:00";
            case "endTime" -> "12:00";
            case "capacity" -> "40";
            case "intro" -> "Why we write.";
            case "subjectTemplate" -> "Please fund MS research";
            case "bodyTemplate" -> "Dear {legislator.title} {legislator.lastName},\n\nPlease fund research.\n\n{supporter.firstName}";
            case "name" -> "Hostile key " + n;
            case "reason" -> "Not for us.";
            case "subject" -> "News " + n;
            case "guests" -> "0";
            default -> null;
        };
    }

    /** Sends, then checks: no 5xx, no stack trace, and a refused request left every row count as it was. */
    private Response check(String what, String input, Supplier<Response> request) {
        long[] before = lastCounts != null ? lastCounts : counts();
        Response r;
        try {
            r = request.get();
        } catch (Exception e) {
            // The server refuses an oversized field by closing the connection while the client still writes
            // ("broken pipe"): refused, not an error. Rows must still be as they were.
            if (input.length() < 60_000) {
                throw e;
            }
            REQUESTS.incrementAndGet();
            INPUTS.add(input);
            long[] after = counts();
            lastCounts = after;
            if (!Arrays.equals(before, after)) {
                failures.add(what + " ← oversized, connection closed, yet rows changed");
            }
            return null;
        }
        REQUESTS.incrementAndGet();
        INPUTS.add(input);
        String body = r.asString();
        String shown = what + " ← " + preview(input) + " → " + r.statusCode();
        if (r.statusCode() >= 500) {
            SERVER_ERRORS.add(shown);
            failures.add(shown);
        }
        for (String marker : MARKERS) {
            if (body.contains(marker) && !input.contains(marker) && !what.contains(marker)) {
                failures.add(shown + " shows \"" + marker + "\"");
            }
        }
        long[] after = counts();
        lastCounts = after;
        if (r.statusCode() >= 400) {
            if (!Arrays.equals(before, after)) {
                failures.add(shown + " refused, yet rows changed: " + Arrays.toString(before) + " → " + Arrays.toString(after)
                        + " " + countSql);
            }
        }
        if (what.startsWith("api") && r.statusCode() >= 400 && r.statusCode() != 401 && !body.isEmpty()
                && !String.valueOf(r.contentType()).contains("json")) {
            failures.add(shown + " is not JSON: " + r.contentType());
        }
        return r;
    }

    private long[] counts() {
        if (countSql == null) {
            List<String> tables = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                            + "AND table_name NOT LIKE 'flyway%' AND table_name NOT LIKE '%rate%' "
                            + "AND table_name NOT LIKE 'zip%' ORDER BY table_name", String.class)
                    .getResultList());
            countSql = "SELECT " + String.join(", ", tables.stream().map(t -> "(SELECT count(*) FROM \"" + t + "\")").toList());
        }
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(countSql).getSingleResult());
        return Arrays.stream(row).mapToLong(o -> ((Number) o).longValue()).toArray();
    }

    private void assertNoFailures() {
        assertTrue(failures.isEmpty(), failures.size() + " failures, the first:\n" + String.join("\n",
                failures.subList(0, Math.min(40, failures.size()))));
    }

    private static String preview(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(40).forEach(c -> b.append(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x206f)
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return (s.length() > 40 ? b + "…(" + s.length() + ")" : b.toString());
    }

    // ---------------------------------------------------------------- fixtures

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 1, parameters[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private static Petition openPetition() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Petition p = new Petition();
            int n = SEQ.incrementAndGet();
            p.title = "Hostile petition " + n;
            p.slug = "hostile-petition-" + n + "-" + Long.toString(System.nanoTime(), 36);
            p.summary = "A summary.";
            p.bodyMarkdown = "We ask Congress to **fund research**.";
            p.target = "U.S. Congress";
            p.goal = 100;
            p.status = PetitionStatus.OPEN;
            p.openedAt = Instant.now();
            p.persist();
            return p;
        });
    }

    private static Event event(EventStatus status, String host) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Event e = new Event();
            int n = SEQ.incrementAndGet();
            e.title = "Hostile event " + n;
            e.slug = "hostile-event-" + n + "-" + Long.toString(System.nanoTime(), 36);
            e.description = "A test event.";
            e.kind = EventKind.INFO_SESSION;
            e.startsAt = Instant.now().plus(20, ChronoUnit.DAYS);
            e.endsAt = e.startsAt.plus(2, ChronoUnit.HOURS);
            e.timeZone = "America/New_York";
            e.street = "1 Main Street";
            e.city = "Burlington";
            e.state = "VT";
            e.zip = "05401";
            e.capacity = 500;
            e.accessibility = Accessibility.ACCESSIBLE;
            e.status = status;
            e.publishedAt = status == EventStatus.PUBLISHED ? Instant.now() : null;
            e.hostSubject = host;
            e.hostName = "Hana Host";
            e.hostEmail = host + "@example.org";
            e.persist();
            return e;
        });
    }

    private static LetterCampaign openCampaign() {
        return QuarkusTransaction.requiringNew().call(() -> {
            LetterCampaign c = new LetterCampaign();
            int n = SEQ.incrementAndGet();
            c.title = "Hostile letters " + n;
            c.slug = "hostile-letters-" + n + "-" + Long.toString(System.nanoTime(), 36);
            c.intro = "Write to Congress.";
            c.chambers = Targets.BOTH;
            c.subjectTemplate = "Please fund MS research";
            c.bodyTemplate = "Dear {legislator.title} {legislator.lastName},\n\nPlease fund research.\n\n{supporter.firstName}";
            c.status = CampaignStatus.OPEN;
            c.persist();
            return c;
        });
    }

    private long supporter() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "INSERT INTO supporter (email, first_name, last_name, zip, language) VALUES (?1, 'Mia', 'Data', '05401', 'en') RETURNING id")
                .setParameter(1, "hostile-me" + SEQ.incrementAndGet() + "@example.org").getSingleResult()).longValue());
    }

    private String myDataKey(long supporter) {
        long expires = Instant.now().plus(1, ChronoUnit.HOURS).getEpochSecond();
        return supporter + "." + expires + "." + tokens.sign("my-data:" + expires, supporter);
    }

    /** The one place the test makes an API key: read-write with e-mail addresses, so every endpoint is reached. */
    private static String apiKey() {
        return QuarkusTransaction.requiringNew().call(() -> ApiKey.issue("Hostile " + SEQ.incrementAndGet(), "hostile-test", true, true).key());
    }

    private static RequestSpecification api(String key) {
        return given().redirects().follow(false).header("OSDI-API-Token", key);
    }

    /** A relayed person with one field set to {@code value}, the rest valid. */
    private String person(String field, String value) {
        int n = SEQ.incrementAndGet();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("given_name", field.equals("given_name") ? value : "Ana");
        person.put("family_name", field.equals("family_name") ? value : "Ruiz");
        person.put("email_addresses", List.of(Map.of("address", field.equals("address") ? value : "api" + n + "@example.org",
                "primary", true, "status", "subscribed")));
        person.put("postal_addresses", List.of(Map.of("postal_code", field.equals("postal_code") ? value : "05401")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person);
        if (field.equals("comments")) {
            body.put("comments", value);
        }
        if (field.equals("status")) {
            body.put("status", value);
        }
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
