package org.advocacyhub.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Forms;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The letter flow for a visitor who reads Spanish: every step and every message in Spanish, each
 * legislator named with the title that agrees with them, the letters sent as written, and the copy
 * e-mailed in Spanish.
 */
@QuarkusTest
class SpanishLettersTest {

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @AfterAll
    static void closeCampaigns() {
        LetterFixtures.closeAll();
    }

    static Response step(Forms.Page page, String path, Map<String, String> writer, LetterWritingTest.Letters letters) {
        var request = page.form().header("Accept-Language", "es").formParams(writer);
        if (letters != null) {
            request.formParam("legislator", letters.ids().toArray())
                    .formParam("subject", letters.subjects().toArray())
                    .formParam("body", letters.bodies().toArray());
        }
        return request.post(path);
    }

    @Test
    void theZipPageTheDistrictTheLettersAndTheCopyAreInSpanish() throws Exception {
        LetterCampaign c = LetterFixtures.open("Cartas por la investigación", Targets.BOTH);
        given().header("Accept-Language", "es").get("/letters").then().statusCode(200)
                .body(containsString("<html lang=\"es\">"), containsString("<h1>Escribe a tus legisladores</h1>"),
                        containsString("Cartas para: los dos senadores y el representante."));
        given().header("Accept-Language", "es").get("/letters/" + c.slug).then().statusCode(200)
                .body(containsString("<h2>Paso 1 de 3: Tus datos</h2>"), containsString(">Código postal (ZIP)</label>"),
                        containsString(">Continuar: buscar a mis legisladores</button>"));

        // Step 1 with a mistake: Spanish messages beside the fields, what was typed kept.
        Forms.Page page = Forms.open("/letters/" + c.slug);
        Map<String, String> writer = LetterFixtures.writer("sofia.cartas@example.net", "1000");
        writer.put("firstName", "Sofía");
        writer.put("city", "Nueva York");
        step(page, "/letters/" + c.slug + "/write", writer, null).then().statusCode(400)
                .body(containsString("<title>Error: Tus datos: Cartas por la investigación – Advocacy Hub</title>"),
                        containsString("<span class=\"visually-hidden\">Error: </span>Escribe tu código postal (ZIP), de 5 dígitos, como 05401"),
                        containsString("value=\"Nueva York\""), containsString("value=\"Sofía\""));
        writer.put("zip", "00000");
        step(page, "/letters/" + c.slug + "/write", writer, null).then().statusCode(400)
                .body(containsString("No conocemos el código postal (ZIP) 00000."));

        // A ZIP code in two districts: the choice, in Spanish.
        writer.put("zip", "10001");
        step(page, "/letters/" + c.slug + "/write", writer, null).then().statusCode(200)
                .body(containsString("<h1>¿En qué distrito vives?</h1>"),
                        containsString("Tu código postal (ZIP) 10001 está en 2 distritos del Congreso"),
                        containsString("NY-12: Representante Jerrold Nadler (Demócrata)"),
                        containsString(">Continuar: escribir mis cartas</button>"));
        writer.put("district", "NY-99");
        step(page, "/letters/" + c.slug + "/write", writer, null).then().statusCode(400)
                .body(containsString("Elige tu distrito de la lista"));

        // Step 2: the letters, each legislator with the title that agrees with them.
        writer.put("district", "NY-12");
        Response write = step(page, "/letters/" + c.slug + "/write", writer, null);
        write.then().statusCode(200)
                .body(containsString("<h1>Tus cartas</h1>"),
                        containsString("Encontramos 3 legisladores para el código postal (ZIP) 10001 (NY-12)."),
                        containsString(">Para la senadora Kirsten E. Gillibrand</h2>"),
                        containsString(">Para el senador Charles E. Schumer</h2>"),
                        containsString(">Para el representante Jerrold Nadler</h2>"),
                        containsString("<dt>Cámara</dt><dd>Senado</dd>"),
                        containsString("Ideas que puedes mencionar"),
                        not(containsString("Your letters")));
        LetterWritingTest.Letters letters = LetterWritingTest.letters(write.asString());
        // The letter itself is the campaign's, to be sent as written: English, for an English-speaking office.
        assertTrue(letters.bodies().get(0).startsWith("Dear Senator Gillibrand,"), letters.bodies().get(0));

        // A letter emptied by mistake: the message names her as Spanish does.
        LetterWritingTest.Letters emptied = new LetterWritingTest.Letters(letters.ids(), letters.subjects(),
                new java.util.ArrayList<>(letters.bodies()));
        emptied.bodies().set(0, "");
        step(page, "/letters/" + c.slug + "/review", writer, emptied).then().statusCode(400)
                .body(containsString("Escribe tu carta para la senadora Gillibrand"));

        // Step 3 and sending.
        step(page, "/letters/" + c.slug + "/review", writer, letters).then().statusCode(200)
                .body(containsString("<h1>Revisa tus cartas</h1>"),
                        containsString("Estas 3 cartas van a las oficinas de parte de Sofía Moreau"),
                        containsString(">Enviar mis cartas</button>"));
        step(page, "/letters/" + c.slug + "/send", writer, letters).then().statusCode(303);
        given().header("Accept-Language", "es").get("/letters/" + c.slug + "/thanks").then()
                .body(containsString("<h1>Gracias por escribir</h1>"));

        Mailbox.deliverAll(sender);
        List<MimeMessage> copy = Mailbox.to(mail, "sofia.cartas@example.net");
        assertEquals(1, copy.size());
        assertEquals("Tus cartas: Cartas por la investigación", copy.get(0).getSubject());
        String text = copy.get(0).getContent().toString();
        assertTrue(text.contains("Hola, Sofía:"), text);
        assertTrue(text.contains("Para: Senadora Kirsten E. Gillibrand (NY)"), text);
        assertTrue(text.contains("Para: Representante Jerrold Nadler (NY-12)"), text);
        assertTrue(text.contains("Dear Senator Gillibrand,"), "the letter is copied as sent: " + text);
    }

    @Test
    void theLegislatorPageIsInSpanish() {
        given().header("Accept-Language", "es").get("/legislators?zip=05401").then().statusCode(200)
                .body(containsString("<h1>Busca a tus miembros del Congreso</h1>"),
                        containsString("El código postal (ZIP) 05401 está en VT (distrito único)"),
                        containsString("<h3>Senador Bernard Sanders</h3>"),
                        containsString("<h3>Representante Becca Balint</h3>"),
                        containsString("<dt>Partido</dt><dd>Independiente</dd>"),
                        containsString("Miembros del <strong>119.º Congreso</strong>, según datos públicos del"));
        given().header("Accept-Language", "es").get("/legislators?zip=10001").then().statusCode(200)
                .body(containsString("está en 2 distritos"), containsString("<h3>Senadora Kirsten E. Gillibrand</h3>"));
        given().header("Accept-Language", "es").get("/legislators?zip=123").then().statusCode(400)
                .body(containsString("Escribe un código postal (ZIP) de 5 dígitos, como 05401"));
    }

    @Test
    @TestSecurity(user = "cora-cartas", roles = {"volunteer", "coordinator"})
    void theCoordinatorsCampaignPagesAreInSpanish() {
        given().header("Accept-Language", "es").get("/coordinator/letters").then().statusCode(200)
                .body(containsString("<h1>Campañas de cartas</h1>"), containsString(">Crear una campaña</a>"));
        given().header("Accept-Language", "es").get("/coordinator/letters/new").then().statusCode(200)
                .body(containsString("Los dos senadores y el representante"), containsString("el nombre del legislador"));
        Map<String, String> bad = Map.of("title", "", "slug", "", "intro", "Intro", "talkingPoints", "", "chambers", "BOTH",
                "subjectTemplate", "Hola", "bodyTemplate", "Dear {legislator.nickname}", "action", "save");
        Forms.open("/coordinator/letters/new").form().header("Accept-Language", "es").formParams(bad)
                .post("/coordinator/letters/new").then().statusCode(400)
                .body(containsString("Escribe el título"), containsString("No conocemos el marcador {legislator.nickname}."));
        given().header("Accept-Language", "es").get("/coordinator/letters/legislators").then().statusCode(200)
                .body(containsString("<h1>Datos de los miembros del Congreso</h1>"), containsString("119.º Congreso"));
    }
}
