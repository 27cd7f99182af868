package org.advocacyhub.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.sql.Connection;
import java.sql.Statement;
import org.advocacyhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Your activity" reads in the visitor's language, statuses included. The rows sit in November 2021,
 * closed or not current, so no other page's lists or counts see them.
 */
@QuarkusTest
@TestSecurity(user = "ines-es", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Inés Voluntaria"), @Claim(key = "email", value = "ines.es@example.org")})
class MyActivityTest {

    @BeforeAll
    static void rows() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO supporter (email, first_name, keycloak_subject, language) VALUES ('ines.es@example.org', 'Inés', 'ines-es', 'es')");
            s.execute("INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, zip, accessibility, status, host_subject, host_name) "
                    + "VALUES ('ines-hosted', 'Ines hosted walk', 'd', 'OTHER', timestamptz '2021-11-06 10:00 America/New_York', "
                    + "timestamptz '2021-11-06 12:00 America/New_York', 'America/New_York', '05401', 'UNSURE', 'REJECTED', 'ines-es', 'Inés')");
            s.execute("INSERT INTO event (slug, title, description, kind, starts_at, ends_at, time_zone, zip, accessibility, status, host_subject, host_name) "
                    + "VALUES ('ines-going', 'Ines info session', 'd', 'OTHER', timestamptz '2021-11-13 10:00 America/New_York', "
                    + "timestamptz '2021-11-13 12:00 America/New_York', 'America/New_York', '05401', 'UNSURE', 'PUBLISHED', 'someone-else', 'Host')");
            s.execute("INSERT INTO rsvp (event_id, supporter_id, status, guests) SELECT (SELECT id FROM event WHERE slug = 'ines-going'), id, 'GOING', 2 "
                    + "FROM supporter WHERE email = 'ines.es@example.org'");
            s.execute("INSERT INTO petition (slug, title, summary, body_markdown, target, goal, status) "
                    + "VALUES ('ines-petition', 'Ines petition', 's', 'b', 't', 100, 'CLOSED')");
            s.execute("INSERT INTO signature (petition_id, supporter_id) SELECT (SELECT id FROM petition WHERE slug = 'ines-petition'), id "
                    + "FROM supporter WHERE email = 'ines.es@example.org'");
            s.execute("INSERT INTO legislator (bioguide_id, first_name, last_name, full_name, chamber, state, district, current) "
                    + "VALUES ('ZZINES1', 'Ada', 'Prueba', 'Ada Prueba', 'HOUSE', 'VT', 0, false)");
            s.execute("INSERT INTO letter_campaign (slug, title, intro, chambers, subject_template, body_template, status) "
                    + "VALUES ('ines-campaign', 'Ines campaign', 'i', 'HOUSE', 's', 'b', 'CLOSED')");
            s.execute("INSERT INTO letter (campaign_id, supporter_id, legislator_id, subject, body, sender_city, sender_zip, recipient, status) "
                    + "SELECT (SELECT id FROM letter_campaign WHERE slug = 'ines-campaign'), s.id, (SELECT id FROM legislator WHERE bioguide_id = 'ZZINES1'), "
                    + "'s', 'b', 'Burlington', '05401', 'office@example.org', 'SENT' FROM supporter s WHERE s.email = 'ines.es@example.org'");
        }
    }

    @Test
    void aSpanishVolunteerReadsTheirActivityInSpanish() {
        given().header("Accept-Language", "es").get("/me").then().statusCode(200)
                .header("Content-Language", "es")
                .body(containsString("<html lang=\"es\">"),
                        containsString("<title>Tu actividad – Advocacy Hub</title>"),
                        containsString("<h1>Tu actividad</h1>"),
                        containsString("Sesión iniciada como <strong>Inés Voluntaria</strong> (ines.es@example.org)."),
                        containsString("<h2>Eventos que organizas</h2>"),
                        containsString("Ines hosted walk</a>: sábado, 6 de noviembre de 2021. <strong>No aprobado</strong>."),
                        containsString("Ines info session</a>: sábado, 13 de noviembre de 2021. <strong>Vas</strong>, con 2 invitados."),
                        containsString("Ines petition</a>, falta que confirmes tu dirección de correo."),
                        containsString("Ines campaign: para Ada Prueba, representante por VT, distrito único. <strong>Enviada</strong>."),
                        not(containsString("Your activity")), not(containsString("Going")), not(containsString("guests")));
    }

    @Test
    void theSameActivityInEnglish() {
        given().header("Accept-Language", "en-US").get("/me").then().statusCode(200)
                .body(containsString("<h1>Your activity</h1>"),
                        containsString("Ines hosted walk</a>: Saturday, November 6, 2021. <strong>Not approved</strong>."),
                        containsString("<strong>Going</strong>, with 2 guests."),
                        containsString("Ines petition</a>, waiting for you to confirm your e-mail address."),
                        containsString("Ines campaign: to Representative Ada Prueba (VT at-large). <strong>Sent</strong>."));
    }

    @Test
    void theSwitchersChoiceWinsOverTheBrowsersLanguage() {
        given().cookie("lang", "es").header("Accept-Language", "en-US").get("/me").then().statusCode(200)
                .body(containsString("<h1>Tu actividad</h1>"),
                        containsString("Ines hosted walk</a>: sábado, 6 de noviembre de 2021. <strong>No aprobado</strong>."));
    }

    @Test
    @TestSecurity(user = "nadia-es", roles = "volunteer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Nadia"), @Claim(key = "email", value = "nadia.es@example.org")})
    void someoneWithNothingYetIsPointedToWhatToDoInSpanish() {
        given().header("Accept-Language", "es").get("/me").then().statusCode(200)
                .body(containsString("No organizas ningún evento. <a href=\"/events/new\">Organiza un evento</a>."),
                        containsString("No has dicho que vas a ningún evento. <a href=\"/events\">Busca un evento</a>."),
                        containsString("No has firmado ninguna petición."),
                        containsString("No has enviado ninguna carta. <a href=\"/letters\">Escribe a tus legisladores</a>."));
    }
}
