package org.advocacyhub.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.advocacyhub.api.ApiAccessFilter;
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
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.KeycloakServer;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix (issue 12): every route the app serves, as the framework itself knows
 * them (the JAX-RS annotations, read with Jandex from the compiled classes, and the routes put on
 * the Vert.x router), must have a row in src/test/resources/access-matrix.csv, and each row is tried
 * as each kind of caller, whose answer must be the one the table expects. A new route fails
 * {@link #everyRouteHasARow()} until its row is added; the message says what to add.
 *
 * <p>Each caller is its own test (the signed-in ones with {@code @TestSecurity}), each with its own
 * fresh records, and every POST gets fresh records of its own, so what one request changes (an event
 * cancelled, a key revoked) never changes the answer to another.
 */
@QuarkusTest
class AccessMatrixTest {

    static final String TABLE = "src/test/resources/access-matrix.csv";
    static final List<String> COLUMNS = List.of("anonymous", "volunteer", "owner", "coordinator", "api_read", "api_write", "api_email");
    /** The host of the events in the samples; "volunteer" is any other volunteer. */
    static final String OWNER = "matrix-owner";

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** One row of the table. */
    record Row(int line, String method, String path, String sample, Map<String, String> expected) {
        String route() {
            return method + " " + path;
        }
    }

    /** The records a sample path names, made fresh. */
    record Records(Map<String, String> values) {
    }

    static Map<String, String> keys = new LinkedHashMap<>();

    @BeforeAll
    static void apiKeys() {
        keys.put("api_read", issue(false, false));
        keys.put("api_write", issue(true, false));
        keys.put("api_email", issue(false, true));
    }

    @AfterAll
    static void retireRecords() {
        // Other tests count what is public: what the matrix made leaves the public lists.
        QuarkusTransaction.requiringNew().run(() -> {
            Instant past = Instant.now().minus(400, ChronoUnit.DAYS);
            Event.update("startsAt = ?1, endsAt = ?2 where slug like 'matrix-%'", past, past.plus(2, ChronoUnit.HOURS));
            Petition.update("status = ?1 where slug like 'matrix-%'", PetitionStatus.CLOSED);
            LetterCampaign.update("status = ?1 where slug like 'matrix-%'", CampaignStatus.CLOSED);
            ApiKey.update("revokedAt = ?1 where name like 'matrix %' and revokedAt is null", Instant.now());
        });
    }

    private static String issue(boolean write, boolean email) {
        return QuarkusTransaction.requiringNew().call(() -> ApiKey.issue("matrix " + unique(), "matrix", write, email).key());
    }

    private static String unique() {
        return SEQ.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    // ---- Every route has a row ------------------------------------------------------------------

    @Test
    void everyRouteHasARow() throws IOException {
        TreeSet<String> served = new TreeSet<>(jaxRsRoutes());
        served.addAll(routerRoutes());
        TreeSet<String> listed = new TreeSet<>();
        table().forEach(r -> listed.add(r.route()));
        List<String> missing = served.stream().filter(r -> !listed.contains(r)).toList();
        List<String> stale = listed.stream().filter(r -> !served.contains(r)).toList();
        StringBuilder message = new StringBuilder();
        if (!missing.isEmpty()) {
            message.append(missing.size()).append(" route(s) have no row in ").append(TABLE)
                    .append(". Add a line for each, with a sample path and the answer each caller must get (")
                    .append(String.join(",", COLUMNS)).append("):\n");
            missing.forEach(r -> message.append("  ").append(r.replace(' ', ',')).append(",<sample path>,")
                    .append(String.join(",", COLUMNS.stream().map(c -> "?").toList())).append('\n'));
        }
        if (!stale.isEmpty()) {
            message.append(stale.size()).append(" row(s) of ").append(TABLE).append(" name no route the app serves (remove them):\n");
            stale.forEach(r -> message.append("  ").append(r).append('\n'));
        }
        if (!message.isEmpty()) {
            fail(message.toString());
        }
        assertTrue(served.size() > 90, "the routes were found: " + served.size());
        System.out.println("Access matrix: " + served.size() + " routes, " + served.size() * COLUMNS.size() + " cells");
    }

    /** "GET /events/{slug}/edit" for every resource method, from the JAX-RS annotations of the compiled classes. */
    static List<String> jaxRsRoutes() throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(Path.of("target/classes/org/advocacyhub"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        Index index = indexer.complete();
        List<String> routes = new ArrayList<>();
        for (AnnotationInstance classPath : index.getAnnotations(PATH)) {
            if (classPath.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = classPath.target().asClass();
            for (MethodInfo method : resource.methods()) {
                AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                List<String> verbs = HTTP_METHODS.stream()
                        .filter(v -> method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + v))).toList();
                String path = join(classPath.value().asString(), methodPath == null ? "" : methodPath.value().asString());
                if (verbs.isEmpty() && methodPath != null) {
                    // A sub-resource locator: its routes are elsewhere; list it so that it cannot go unseen.
                    routes.add("LOCATOR " + path);
                }
                verbs.forEach(v -> routes.add(v + " " + path));
            }
        }
        return routes;
    }

    /** Routes registered on the Vert.x router by the app itself (not Quarkus's own /q/ routes or its REST handler). */
    static List<String> routerRoutes() {
        List<String> routes = new ArrayList<>();
        for (Route route : RouterRoutes.router.getRoutes()) {
            String path = route.getPath();
            if (path == null || path.startsWith("/q/") || path.equals("/q")) {
                continue;
            }
            String template = path.replaceAll(":(\\w+)", "{$1}");
            if (route.methods() == null || route.methods().isEmpty()) {
                routes.add("ANY " + template);
            } else {
                for (HttpMethod m : route.methods()) {
                    routes.add(m.name() + " " + template);
                }
            }
        }
        return routes;
    }

    /** Joins a class's and a method's @Path, without the regular expressions of their parameters. */
    static String join(String classPath, String methodPath) {
        String path = "/" + strip(classPath) + "/" + strip(methodPath);
        path = withoutPatterns(path).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String strip(String s) {
        return s.replaceAll("^/+|/+$", "");
    }

    /** "{id: [0-9]{1,3}}" becomes "{id}": braces inside the pattern are counted. */
    static String withoutPatterns(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                if (template.charAt(end) == '{') {
                    depth++;
                } else if (template.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String inside = template.substring(i + 1, end);
            int colon = inside.indexOf(':');
            out.append('{').append((colon < 0 ? inside : inside.substring(0, colon)).strip()).append('}');
            i = end + 1;
        }
        return out.toString();
    }

    static List<Row> table() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(TABLE), StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (header) {
                List<String> expectedHeader = new ArrayList<>(List.of("method", "path", "sample"));
                expectedHeader.addAll(COLUMNS);
                assertTrue(List.of(cells).stream().map(String::strip).toList().equals(expectedHeader),
                        TABLE + ":" + (n + 1) + " the header must be " + String.join(",", expectedHeader));
                header = false;
                continue;
            }
            assertTrue(cells.length == 3 + COLUMNS.size(), TABLE + ":" + (n + 1) + " needs " + (3 + COLUMNS.size()) + " cells: " + line);
            Map<String, String> expected = new LinkedHashMap<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                expected.put(COLUMNS.get(c), cells[3 + c].strip());
            }
            rows.add(new Row(n + 1, cells[0].strip(), cells[1].strip(), cells[2].strip(), expected));
        }
        return rows;
    }

    // ---- Each caller ----------------------------------------------------------------------------

    @Test
    void anonymous() throws IOException {
        check("anonymous");
    }

    @Test
    @TestSecurity(user = "matrix-volunteer", roles = "volunteer")
    void aVolunteerWhoHostsNothingHere() throws IOException {
        check("volunteer");
    }

    @Test
    @TestSecurity(user = OWNER, roles = "volunteer")
    void theVolunteerWhoHostsTheEvent() throws IOException {
        check("owner");
    }

    @Test
    @TestSecurity(user = "matrix-coordinator", roles = {"volunteer", "coordinator"})
    void aCoordinator() throws IOException {
        check("coordinator");
    }

    @Test
    void aReadOnlyKey() throws IOException {
        check("api_read");
    }

    @Test
    void aReadWriteKey() throws IOException {
        check("api_write");
    }

    @Test
    void aReadOnlyKeyWithEmailAddresses() throws IOException {
        check("api_email");
    }

    /** Every row as this caller; one failure lists every cell that differs, and the row as it stands. */
    private void check(String column) throws IOException {
        List<Row> rows = table();
        Forms.Page csrf = Forms.open("/petitions/" + records().values().get("petition"));
        Records shared = records();
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        for (Row row : rows) {
            if (row.method().equals("LOCATOR")) {
                continue;
            }
            // A POST changes things: it gets records of its own.
            Records records = reads(row) ? shared : records();
            String path = fill(row.sample(), records);
            String got = answer(column, row, path, csrf);
            observed.append(row.method()).append(' ').append(row.path()).append(" -> ").append(got).append('\n');
            String expected = row.expected().get(column);
            if (!expected.equals(got)) {
                wrong.add(TABLE + ":" + row.line() + " " + row.method() + " " + path + ": expected " + expected + ", got " + got);
            }
        }
        System.out.println("Access matrix, " + column + ":\n" + observed);
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " cell(s) of the column " + column + " differ (\"login\" is a redirect to Keycloak's sign-in):\n  "
                    + String.join("\n  ", wrong));
        }
    }

    private String answer(String column, Row row, String path, Forms.Page csrf) {
        boolean api = path.startsWith("/api/");
        RequestSpecification request = given().redirects().follow(false);
        if (column.startsWith("api_")) {
            request.header(ApiAccessFilter.KEY_HEADER, keys.get(column));
        }
        if (!reads(row)) {
            if (api) {
                String email = "matrix-" + unique() + "@example.org";
                request.contentType("application/json").body("{\"person\": {\"given_name\": \"Mat\", \"family_name\": \"Rix\","
                        + " \"email_addresses\": [{\"address\": \"" + email + "\", \"primary\": true}],"
                        + " \"postal_addresses\": [{\"postal_code\": \"05401\"}]}}");
            } else if (path.endsWith("/one-click")) {
                request.contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click");
            } else {
                request.cookies(csrf.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .formParam("csrf-token", csrf.token());
            }
        }
        // A router route for any method is tried with GET.
        Response response = request.request(row.method().equals("ANY") ? "GET" : row.method(), path);
        if (response.statusCode() == 415 && !api) {
            // A form that uploads a file (multipart/form-data): asked again as such, so that the
            // answer says who may post it rather than what it reads.
            RequestSpecification upload = given().redirects().follow(false).cookies(csrf.cookies()).multiPart("csrf-token", csrf.token());
            if (column.startsWith("api_")) {
                upload.header(ApiAccessFilter.KEY_HEADER, keys.get(column));
            }
            response = upload.request(row.method(), path);
        }
        int status = response.statusCode();
        String location = response.header("Location");
        if ((status == 302 || status == 303) && location != null && location.startsWith(KeycloakServer.URL)) {
            return "login";
        }
        return Integer.toString(status);
    }

    private static boolean reads(Row row) {
        return List.of("GET", "HEAD", "ANY").contains(row.method());
    }

    private static String fill(String sample, Records records) {
        Matcher m = PLACEHOLDER.matcher(sample);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = records.values().get(m.group(1));
            if (value == null) {
                fail("the sample " + sample + " names {" + m.group(1) + "}; the matrix makes " + records.values().keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Fresh records for the samples: an event hosted by {@link #OWNER} with an RSVP, an open petition
     * with a signature, an open letter campaign, a key to revoke. The signature and the RSVP come in
     * through the API, as a partner's would.
     */
    static Records records() {
        String n = unique();
        Map<String, Object> made = QuarkusTransaction.requiringNew().call(() -> {
            Event e = new Event();
            e.title = "Matrix event " + n;
            e.slug = "matrix-event-" + n;
            e.description = "An event for the access matrix.";
            e.kind = EventKind.INFO_SESSION;
            e.startsAt = Instant.now().plus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            e.endsAt = e.startsAt.plus(2, ChronoUnit.HOURS);
            e.timeZone = "America/New_York";
            e.venueName = "Library";
            e.street = "1 Main Street";
            e.city = "Burlington";
            e.state = "VT";
            e.zip = "05401";
            e.accessibility = Accessibility.ACCESSIBLE;
            e.status = EventStatus.PUBLISHED;
            e.publishedAt = Instant.now();
            e.hostSubject = OWNER;
            e.hostName = "Matt Owner";
            e.hostEmail = "matrix-owner@example.org";
            e.persist();

            Petition p = new Petition();
            p.title = "Matrix petition " + n;
            p.slug = "matrix-petition-" + n;
            p.summary = "A petition for the access matrix.";
            p.bodyMarkdown = "We ask for **access checks**.";
            p.target = "U.S. Congress";
            p.goal = 100;
            p.status = PetitionStatus.OPEN;
            p.openedAt = Instant.now();
            p.persist();

            LetterCampaign c = new LetterCampaign();
            c.title = "Matrix campaign " + n;
            c.slug = "matrix-campaign-" + n;
            c.intro = "A campaign for the access matrix.";
            c.talkingPoints = "Say why.";
            c.chambers = Targets.BOTH;
            c.subjectTemplate = "A letter";
            c.bodyTemplate = "Dear {legislator.title} {legislator.lastName}, please act.";
            c.status = CampaignStatus.OPEN;
            c.persist();

            org.advocacyhub.call.CallCampaign call = new org.advocacyhub.call.CallCampaign();
            call.title = "Matrix calls " + n;
            call.slug = "matrix-calls-" + n;
            call.why = "A call campaign for the access matrix.";
            call.script = "Hello {legislator.title} {legislator.lastName}.";
            call.chambers = Targets.BOTH;
            call.status = CampaignStatus.OPEN;
            call.persist();

            ApiKey victim = ApiKey.issue("matrix " + n, "matrix", false, false).apiKey();
            return Map.<String, Object>of("event", e.slug, "eventId", e.id, "petition", p.slug, "petitionId", p.id,
                    "campaign", c.slug, "campaignId", c.id, "callCampaign", call.slug, "callCampaignId", call.id, "keyId", victim.id);
        });
        Map<String, String> values = new LinkedHashMap<>();
        made.forEach((k, v) -> values.put(k, v.toString()));
        String person = "{\"person\": {\"given_name\": \"Sam\", \"family_name\": \"Ple\", \"email_addresses\": [{\"address\": \"matrix-"
                + n + "@example.org\", \"primary\": true}], \"postal_addresses\": [{\"postal_code\": \"05401\"}]}}";
        String writer = keys.get("api_write");
        Response signed = given().header(ApiAccessFilter.KEY_HEADER, writer).contentType("application/json").body(person)
                .post("/api/v1/petitions/" + values.get("petitionId") + "/signatures");
        assertTrue(signed.statusCode() == 201, "a sample signature: " + signed.asString());
        values.put("signatureId", signed.path("identifiers[0]").toString().replace("advocacyhub:", ""));
        String personLink = signed.path("_links.'osdi:person'.href");
        values.put("personId", personLink.substring(personLink.lastIndexOf('/') + 1));
        Response rsvp = given().header(ApiAccessFilter.KEY_HEADER, writer).contentType("application/json").body(person)
                .post("/api/v1/events/" + values.get("eventId") + "/attendances");
        assertTrue(rsvp.statusCode() == 201, "a sample RSVP: " + rsvp.asString());
        values.put("attendanceId", rsvp.path("identifiers[0]").toString().replace("advocacyhub:", ""));
        return new Records(values);
    }
}
