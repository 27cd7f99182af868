package org.advocacyhub.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/** A visitor whose browser asks for Spanish reads, signs and is mailed in Spanish; English stays the default. */
@QuarkusTest
class SpanishPetitionsTest {

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @Inject
    Signing signing;

    io.restassured.response.Response sign(Petition p, Map<String, String> form, String language) {
        Forms.Page page = Forms.open("/petitions/" + p.slug);
        var request = page.form().header("X-Forwarded-For", SigningTest.nextIp()).formParams(form);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.post("/petitions/" + p.slug + "/sign");
    }

    @Test
    void theListAndAPetitionAreInSpanishWithDatesAndCountsAsSpanishWritesThem() {
        Petition p = PetitionFixtures.petition("Fondos para la EM", PetitionStatus.OPEN, LocalDate.of(2099, 11, 25));
        given().header("Accept-Language", "es-US,es;q=0.9").get("/petitions").then().statusCode(200)
                .header("Content-Language", "es")
                .body(containsString("<html lang=\"es\">"), containsString("<h1>Peticiones</h1>"),
                        containsString("<title>Peticiones – Advocacy Hub</title>"),
                        containsString("Abierta hasta el miércoles, 25 de noviembre de 2099"),
                        // The petition's own words are content: they stay as the coordinator wrote them.
                        containsString("Para: U.S. Congress"),
                        not(containsString("Open until")));
        given().header("Accept-Language", "es").get("/petitions/" + p.slug).then().statusCode(200)
                .body(containsString("<html lang=\"es\">"),
                        containsString("<h2 id=\"sign\">Firma la petición</h2>"),
                        containsString("<h2>La petición</h2>"),
                        containsString("<strong>0</strong> personas firmaron. La meta es 100."),
                        containsString("el final del miércoles, 25 de noviembre de 2099, hora del Este"),
                        containsString(">Nombre</label>"), containsString(">Código postal (ZIP)</label>"),
                        containsString("Mostrar en esta página mi nombre, la inicial de mi apellido y mi estado"),
                        containsString("Envíenme por correo noticias de eventos y campañas"),
                        containsString(">Firmar la petición</button>"),
                        not(containsString("Sign the petition")), not(containsString("people have signed")));
    }

    @Test
    void englishStaysTheDefault() {
        Petition p = PetitionFixtures.petition("Funds for MS", PetitionStatus.OPEN, LocalDate.of(2099, 11, 25));
        given().get("/petitions/" + p.slug).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Sign the petition"),
                        containsString("the end of Wednesday, November 25, 2099, Eastern time"),
                        containsString("<strong>0</strong> people have signed. The goal is 100."));
    }

    @Test
    void aBadFormInSpanishGetsSpanishMessagesBesideTheFieldsWithTheInputKept() {
        Petition p = PetitionFixtures.open("Firmar con cuidado");
        Map<String, String> bad = new HashMap<>(PetitionFixtures.form(signing, "", "sin-arroba"));
        bad.put("lastName", "Núñez");
        bad.put("zip", "5401");
        bad.put("comment", "x".repeat(600));
        String page = sign(p, bad, "es").then().statusCode(400).extract().asString();
        assertTrue(page.contains("<html lang=\"es\">"), page);
        assertTrue(page.contains("<title>Error: Firmar con cuidado – Advocacy Hub</title>"), page);
        assertTrue(page.contains("Hay un problema"));
        assertTrue(page.contains("Escribe tu nombre"));
        assertTrue(page.contains("Escribe un correo electrónico con el formato correcto, como nombre@ejemplo.com"));
        assertTrue(page.contains("Escribe tu código postal (ZIP), de 5 dígitos, como 05401"));
        assertTrue(page.contains("Tu comentario debe tener 500 caracteres o menos; ahora tiene 600"));
        assertTrue(page.contains("value=\"Núñez\""));
        assertTrue(page.contains("value=\"sin-arroba\""));
        assertTrue(page.contains("value=\"5401\""));
        assertTrue(!page.contains("Enter your first name"));
        assertEquals(0, PetitionFixtures.signatures(p));
    }

    @Test
    void closedTooFastAndRobotRefusalsSpeakSpanish() {
        Petition closed = PetitionFixtures.petition("Petición cerrada", PetitionStatus.CLOSED, null);
        given().header("Accept-Language", "es").get("/petitions/" + closed.slug).then().statusCode(200)
                .body(containsString("Esta petición está cerrada."), containsString("Ya no acepta firmas."));
        Petition late = PetitionFixtures.petition("Petición vencida", PetitionStatus.OPEN, LocalDate.now(Petition.DEADLINE_ZONE).minusDays(1));
        given().header("Accept-Language", "es").get("/petitions/" + late.slug).then()
                .body(containsString("Esta petición está cerrada: su último día ya pasó."));

        Petition p = PetitionFixtures.open("Sin robots, por favor");
        Map<String, String> fast = new HashMap<>(PetitionFixtures.form(signing, "Rápida", "rapida.es@example.net"));
        fast.put("started", signing.startedToken(java.time.Instant.now()));
        sign(p, fast, "es").then().statusCode(400)
                .body(containsString("Eso fue más rápido de lo que esperábamos"), containsString("value=\"rapida.es@example.net\""));
        Map<String, String> robot = new HashMap<>(PetitionFixtures.form(signing, "Robot", "robot.es@example.net"));
        robot.put("website", "http://spam.example");
        sign(p, robot, "es").then().statusCode(400)
                .body(containsString("<h1>No pudimos recibir tu firma</h1>"), containsString("Volver a la petición"));
        assertEquals(0, PetitionFixtures.signatures(p));
    }

    @Test
    void aSignatureMadeInSpanishIsThankedAndConfirmedInSpanishAndAnEnglishOneStaysEnglish() throws Exception {
        Petition p = PetitionFixtures.open("Investigación ahora");
        sign(p, PetitionFixtures.form(signing, "Lucía", "lucia.es@example.net"), "es").then().statusCode(303);
        sign(p, PetitionFixtures.form(signing, "Liam", "liam.en@example.net"), null).then().statusCode(303);
        assertEquals("es", language("lucia.es@example.net"));
        assertEquals("en", language("liam.en@example.net"));

        given().header("Accept-Language", "es").get("/petitions/" + p.slug + "/thanks").then().statusCode(200)
                .body(containsString("<h1>Gracias por firmar</h1>"), containsString("Tu nombre está en “Investigación ahora”."),
                        containsString("<strong>2</strong> personas firmaron."),
                        containsString("Compartir por correo electrónico"), containsString("Busca un evento cerca de ti"));

        Mailbox.deliverAll(sender);
        MimeMessage spanish = Mailbox.to(mail, "lucia.es@example.net").get(0);
        assertEquals("Confirma tu firma: Investigación ahora", spanish.getSubject());
        String body = spanish.getContent().toString();
        assertTrue(body.contains("Hola, Lucía:"), body);
        assertTrue(body.contains("Gracias por firmar “Investigación ahora”."), body);
        assertTrue(body.contains("Abre este enlace y presiona el botón de la página:"), body);
        assertTrue(body.contains("/petitions/confirm/"), body);
        assertTrue(!body.contains("Please confirm"), body);

        MimeMessage english = Mailbox.to(mail, "liam.en@example.net").get(0);
        assertEquals("Please confirm your signature: Investigación ahora", english.getSubject());
        assertTrue(english.getContent().toString().contains("Hello Liam,"));
    }

    @Test
    void theMailKeepsTheOwnersLanguageAndAnotherFormsLanguageWaitsForThem() throws Exception {
        // Signed once in English, then another petition in Spanish: anyone could have typed the address,
        // so the mail stays in the language the owner chose, and they are asked whether to switch.
        Petition first = PetitionFixtures.open("First in English");
        Petition second = PetitionFixtures.open("Segunda en español");
        sign(first, PetitionFixtures.form(signing, "Mateo", "mateo.both@example.net"), "en").then().statusCode(303);
        sign(second, PetitionFixtures.form(signing, "Mateo", "mateo.both@example.net"), "es").then().statusCode(303);
        Mailbox.deliverAll(sender);
        List<String> subjects = Mailbox.to(mail, "mateo.both@example.net").stream().map(SpanishPetitionsTest::subject).toList();
        assertTrue(subjects.contains("Please confirm your signature: First in English"), subjects.toString());
        assertTrue(subjects.contains("Please confirm your signature: Segunda en español"), subjects.toString());
        assertTrue(subjects.contains("Please confirm: changes to your details on Advocacy Hub"), subjects.toString());
    }

    @Test
    @TestSecurity(user = "cora-es", roles = {"volunteer", "coordinator"})
    void coordinatorPagesSpeakSpanishToo() {
        given().header("Accept-Language", "es").get("/coordinator/petitions").then().statusCode(200)
                .body(containsString("<html lang=\"es\">"), containsString(">Escribir una petición nueva</a>"),
                        containsString("Todas las peticiones, de la más nueva a la más antigua"));
        Map<String, String> bad = PetitionAdminTest.valid("");
        bad.put("summary", "s".repeat(300));
        bad.put("goal", "-3");
        String page = Forms.open("/coordinator/petitions/new").form().header("Accept-Language", "es").formParams(bad)
                .post("/coordinator/petitions/new").then().statusCode(400).extract().asString();
        for (String expected : new String[] {"<title>Error: Escribir una petición – Advocacy Hub</title>", "Escribe un título",
            "Resumen: usa como máximo 280 caracteres; ahora tiene 300", "Escribe una meta de 1 a 10,000,000 firmas",
            ">Meta (número de firmas)</label>", ">Guardar y ver la vista previa</button>"}) {
            assertTrue(page.contains(expected), expected + "\n" + page);
        }
    }

    private static String language(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Supporter.<Supporter>find("email", email).firstResult().language);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
