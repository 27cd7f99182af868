package org.advocacyhub.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageTest {

    @Test
    void theBrowsersLanguageChoosesSpanish() {
        given().header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5").get("/")
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body(containsString("<html lang=\"es\">"),
                        containsString(">Iniciar sesión</a>"),
                        containsString("Ir al contenido principal"),
                        not(containsString(">Sign in</a>")));
    }

    @Test
    void englishIsTheDefaultAndTheFallback() {
        given().get("/").then().header("Content-Language", "en").body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "fr-FR,de;q=0.8").get("/").then().body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "fr, es;q=0.4").get("/").then().body(containsString("<html lang=\"es\">"));
        given().header("Accept-Language", "es;q=0, en").get("/").then().body(containsString("<html lang=\"en\">"));
        // A malformed header is refused by Quarkus itself (400) before our code; never a server error.
        given().header("Accept-Language", ";;;===").get("/").then().statusCode(org.hamcrest.Matchers.lessThan(500));
    }

    @Test
    void theSwitcherRemembersTheChoiceOverTheBrowsers() {
        String cookie = given().redirects().follow(false).queryParam("to", "es").queryParam("then", "/petitions?page=2").get("/language")
                .then().statusCode(303)
                .header("Location", containsString("/petitions?page=2"))
                .extract().cookie("lang");
        assertEquals("es", cookie);
        given().cookie("lang", "es").header("Accept-Language", "en-US").get("/")
                .then().body(containsString("<html lang=\"es\">"), containsString("lang=\"en\" hreflang=\"en\">English</a>"),
                        containsString(">Iniciar sesión</a>"));
        given().cookie("lang", "en").header("Accept-Language", "es").get("/")
                .then().body(containsString("<html lang=\"en\">"), containsString("lang=\"es\" hreflang=\"es\">Español</a>"),
                        containsString(">Sign in</a>"));
        // An unknown language is English; a cookie we did not set is ignored.
        given().redirects().follow(false).get("/language?to=xx").then().statusCode(303).cookie("lang", "en");
        given().cookie("lang", "<script>").get("/").then().body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theSwitcherOnlyGoesBackToThisSite() {
        for (String then : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            given().redirects().follow(false).queryParam("to", "es").queryParam("then", then).get("/language")
                    .then().statusCode(303).header("Location", not(containsString("evil")));
        }
    }

    @Test
    void keycloaksSignInPageIsAskedForTheSameLanguage() {
        given().cookie("lang", "es").get("/petitions").then()
                .body(containsString("href=\"/account/sign-in?then=%2Fpetitions&amp;ui_locales=es\""));
        given().redirects().follow(false).queryParam("ui_locales", "es").get("/account/sign-in")
                .then().statusCode(302).header("Location", containsString("ui_locales=es"));
    }

    @Test
    void errorPagesSpeakTheVisitorsLanguage() {
        given().header("Accept-Language", "es").get("/no-such-page")
                .then().statusCode(404).body(containsString("Página no encontrada"));
    }

    @Test
    void datesAndNumbersFollowTheLanguage() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        Locale es = Locale.forLanguageTag("es");
        assertEquals("Wednesday, November 25, 2026", Formats.date(day, Locale.ENGLISH));
        assertEquals("miércoles, 25 de noviembre de 2026", Formats.date(day, es));
        assertEquals("12,500", Formats.number(12500, Locale.ENGLISH));
        // Spanish as written in the United States (es-US): the decimal point and thousands comma stay.
        assertEquals("5.1", Formats.decimal(5.1, es));
        assertEquals("5:30 p.m.", Formats.time(java.time.LocalTime.of(17, 30), es).replace('\u202f', ' '));
        assertEquals("5:30 PM", Formats.time(java.time.LocalTime.of(17, 30), Locale.ENGLISH).replace('\u202f', ' '));
    }

    @Test
    void acceptLanguageParsing() {
        assertEquals("es", Language.fromAcceptLanguage("es-419"));
        assertEquals("en", Language.fromAcceptLanguage(null));
        assertEquals("en", Language.fromAcceptLanguage("*"));
        assertEquals("es", Language.fromAcceptLanguage("en;q=0.2, es;q=0.8"));
    }
}
