package org.advocacyhub.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.Visitors;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * The events feature speaks Spanish to whoever reads Spanish: pages and form errors follow the request,
 * e-mails follow their recipient (a supporter's language from their last answer, a host's from their event),
 * also when someone else's action or the reminder job sends them. English stays the default.
 */
@QuarkusTest
class EventsInSpanishTest {

    /** A November day far enough ahead that no other test puts an event on it. */
    static final LocalDate NOVEMBER_DAY = LocalDate.of(LocalDate.now().getYear() + 2, 11, 17);

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @Inject
    EventReminders reminders;

    static Event novemberEvent(String title, Integer capacity) {
        return EventFixtures.published(title, "05401",
                NOVEMBER_DAY.atTime(10, 0).atZone(ZoneId.of("America/New_York")).toInstant(), capacity);
    }

    @Test
    void theEventListAndAnEventPageAreSpanishForASpanishBrowser() {
        Event e = novemberEvent("Caminata de otoño", 10);
        String day = NOVEMBER_DAY.toString();
        String list = given().header("Accept-Language", "es").get("/events?zip=05401&radius=5&from=" + day + "&to=" + day)
                .then().statusCode(200).header("Content-Language", "es").extract().asString();
        for (String spanish : List.of("<html lang=\"es\">", "<h1>Busca un evento</h1>", "Tu código postal (ZIP)",
                "Encontramos 1 evento", "de noviembre de " + NOVEMBER_DAY.getYear(), "hora del este (EST)",
                "A menos de 1 milla", "Quedan 10 lugares", "Sesión informativa", "Accesible", ">25 millas</option>")) {
            assertTrue(list.contains(spanish), spanish + " not in " + list);
        }
        assertTrue(!list.contains("Find an event") && !list.contains("November"), list);

        String page = given().header("Accept-Language", "es-MX,es;q=0.9").get("/events/" + e.slug)
                .then().statusCode(200).extract().asString();
        for (String spanish : List.of("<html lang=\"es\">", "<h2>Sobre este evento</h2>", "Confirma tu asistencia",
                "de noviembre de", "hora del este", "Quedan 10 de 10 lugares", "Este lugar es accesible",
                "Añádelo a tu calendario", ">Voy</button>", "¿Cuántas personas traes contigo?")) {
            assertTrue(page.contains(spanish), spanish + " not in the event page");
        }
        // The header's switcher (a cookie) says Spanish too, whatever the browser says.
        given().cookie("lang", "es").header("Accept-Language", "en-US").get("/events/" + e.slug).then()
                .body(containsString("<h2>Sobre este evento</h2>"), containsString("de noviembre de"));
        // No Accept-Language: English, as before.
        given().get("/events/" + e.slug).then().body(containsString("<html lang=\"en\">"), containsString("About this event"),
                containsString("November"), not(containsString("noviembre")));
    }

    @Test
    void aBadRsvpInSpanishComesBackWithSpanishMessagesAndTheInputKept() {
        Event e = novemberEvent("Formulario con errores", 3);
        Map<String, String> bad = Map.of("firstName", "Ña<b>", "lastName", "", "email", "no-es-un-correo",
                "zip", "123", "guests", "-1");
        String body = Forms.open("/events/" + e.slug).form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).header("Accept-Language", "es").formParams(bad)
                .post("/events/" + e.slug + "/rsvp").then().statusCode(400).extract().asString();
        for (String spanish : List.of("<html lang=\"es\">", "<title>Error: Formulario con errores", "Hay un problema",
                "Escribe un correo electrónico con el formato correcto, como nombre@example.com",
                "Escribe un código postal (ZIP) de 5 dígitos, como 05401, o déjalo vacío",
                "Escribe un número de acompañantes del 0 al 10",
                "value=\"Ña&lt;b&gt;\"", "value=\"no-es-un-correo\"", "value=\"123\"")) {
            assertTrue(body.contains(spanish), spanish + " not in " + body);
        }
        assertTrue(!body.contains("Enter an e-mail address"), body);
        assertEquals(0, RsvpTest.rsvps(e).size());
    }

    @Test
    void eachPersonsEmailsAreInTheLanguageTheyAnsweredIn() throws Exception {
        Event e = novemberEvent("Sesión con una sola plaza", 1);
        Forms.Page page = Forms.open("/events/" + e.slug);
        page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).formParams(RsvpTest.rsvp("Emma", "emma.english@example.net")).post("/events/" + e.slug + "/rsvp")
                .then().statusCode(303);
        page.form().header("X-Forwarded-For", Visitors.nextIp()).formParam("started", Visitors.rsvpStarted()).header("Accept-Language", "es").formParams(RsvpTest.rsvp("Sofía", "sofia.espanol@example.net"))
                .post("/events/" + e.slug + "/rsvp").then().statusCode(303);
        Mailbox.deliverAll(sender);

        MimeMessage toEmma = Mailbox.to(mail, "emma.english@example.net").get(0);
        assertEquals("You are going: Sesión con una sola plaza", RsvpTest.subject(toEmma));
        String english = RsvpTest.text(toEmma);
        assertTrue(english.startsWith("Hello Emma,") && english.contains("When: ") && english.contains("November")
                && english.contains("Access: This place is accessible."), english);

        MimeMessage toSofia = Mailbox.to(mail, "sofia.espanol@example.net").get(0);
        assertEquals("Estás en la lista de espera: Sesión con una sola plaza", RsvpTest.subject(toSofia));
        String spanish = RsvpTest.text(toSofia);
        for (String words : List.of("Hola, Sofía:", "estás en la lista de espera", "Cuándo: ", "de noviembre de",
                "hora del este", "Acceso: Este lugar es accesible.", "Organizador: Hana Host", "Advocacy Hub")) {
            assertTrue(spanish.contains(words), words + " not in " + spanish);
        }
        assertTrue(!spanish.contains("When:") && !spanish.contains("November"), spanish);

        // Emma cancels, in English: Sofía moves up and hears it in Spanish, not in the language of Emma's click.
        Matcher link = Pattern.compile("/rsvps/(\\d+)/cancel\\?token=([A-Za-z0-9_-]+)").matcher(english);
        assertTrue(link.find(), english);
        Forms.open(link.group(0)).form().formParam("token", link.group(2)).post("/rsvps/" + link.group(1) + "/cancel")
                .then().statusCode(303);
        Mailbox.deliverAll(sender);
        MimeMessage promoted = Mailbox.to(mail, "sofia.espanol@example.net").stream()
                .filter(m -> RsvpTest.subject(m).startsWith("Se liberó un lugar")).findFirst().orElseThrow();
        assertEquals("Se liberó un lugar: vas a ir a Sesión con una sola plaza", RsvpTest.subject(promoted));
        assertTrue(RsvpTest.text(promoted).contains("Buenas noticias"), RsvpTest.text(promoted));
    }

    @Test
    void theReminderJobWritesToEachSupporterInTheirOwnLanguage() throws Exception {
        Event tomorrow = EventFixtures.published("Recordatorio de mañana", "05401", Instant.now().plus(20, ChronoUnit.HOURS), null);
        Instant weekAgo = Instant.now().minus(7, ChronoUnit.DAYS);
        for (String[] who : new String[][] {{"rosa.recordatorio@example.net", "es"}, {"rob.reminder@example.net", "en"}}) {
            QuarkusTransaction.requiringNew().run(() -> {
                Rsvp r = new Rsvp();
                r.event = Event.findById(tomorrow.id);
                r.supporter = Supporter.upsert(who[0], "Rosa", "Ruiz", "05401", null, null, who[1]);
                r.status = RsvpStatus.GOING;
                r.createdAt = weekAgo;
                r.persist();
            });
        }
        reminders.queueDue();
        Mailbox.deliverAll(sender);

        MimeMessage spanish = Mailbox.to(mail, "rosa.recordatorio@example.net").get(0);
        assertEquals("Mañana: Recordatorio de mañana", RsvpTest.subject(spanish));
        String text = RsvpTest.text(spanish);
        assertTrue(text.contains("Un recordatorio: vas a Recordatorio de mañana.") && text.contains("Cuándo: ")
                && text.contains("Si no puedes ir, por favor cancela"), text);
        MimeMessage english = Mailbox.to(mail, "rob.reminder@example.net").get(0);
        assertEquals("Tomorrow: Recordatorio de mañana", RsvpTest.subject(english));
        assertTrue(RsvpTest.text(english).contains("A reminder: "), RsvpTest.text(english));
    }

    @Test
    @TestSecurity(user = "hostesa-subject", roles = {"volunteer", "coordinator"})
    @OidcSecurity(claims = {@Claim(key = "name", value = "Inés Host"), @Claim(key = "email", value = "hostesa@example.org")})
    void aHostWhoWritesInSpanishHearsTheReviewInSpanishWhateverTheCoordinatorReads() throws Exception {
        Map<String, String> form = new java.util.HashMap<>(EventHostingTest.validForm("Caminata junto al lago"));
        // A Spanish form with mistakes is answered in Spanish, with the reader's numbers.
        form.put("title", "x".repeat(1200));
        form.put("zip", "00000");
        Forms.open("/events/new").form().header("Accept-Language", "es").formParams(form).post("/events/new")
                .then().statusCode(400).body(containsString("Título: como máximo 120 caracteres; escribiste 1,200"),
                        containsString("No conocemos el código postal 00000"), containsString("<h1>Organiza un evento</h1>"));
        form.putAll(Map.of("title", "Caminata junto al lago", "zip", "05401"));
        String location = Forms.open("/events/new").form().header("Accept-Language", "es").formParams(form)
                .post("/events/new").then().statusCode(303).extract().header("Location");
        String slug = location.substring(location.lastIndexOf('/') + 1);
        Event e = QuarkusTransaction.requiringNew().call(() -> Event.findBySlug(slug).orElseThrow());
        assertEquals("es", e.hostLanguage);
        given().header("Accept-Language", "es").get("/events/" + slug).then()
                .body(containsString("Estado: Esperando aprobación."), containsString("Herramientas del organizador"));

        // A coordinator reading English turns it down: the host still reads why in Spanish.
        Forms.open("/coordinator/events").form().formParam("reason", "Falta la dirección exacta.")
                .post("/coordinator/events/" + e.id + "/reject").then().statusCode(303);
        Mailbox.deliverAll(sender);
        MimeMessage sent = Mailbox.to(mail, "hostesa@example.org").stream()
                .filter(m -> RsvpTest.subject(m).contains("Caminata junto al lago")).findFirst().orElseThrow();
        assertEquals("Tu evento no fue aprobado: Caminata junto al lago", RsvpTest.subject(sent));
        String text = RsvpTest.text(sent);
        assertTrue(text.startsWith("Hola, Inés Host:") && text.contains("El motivo: Falta la dirección exacta."), text);
    }
}
