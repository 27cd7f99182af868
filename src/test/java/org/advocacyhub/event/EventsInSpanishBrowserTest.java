package org.advocacyhub.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visitor switches an event page to Spanish with the header's link and answers it there: the longer
 * Spanish words still fit at 390 and 1280 px, and axe-core finds nothing, errors shown or not.
 */
@QuarkusTest
class EventsInSpanishBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aVisitorReadsAndAnswersAnEventInSpanish() {
        // Another November day than EventsInSpanishTest's, whose search counts the events on its day.
        Event e = EventFixtures.published("Sesión informativa sobre la EM", "05401", EventsInSpanishTest.NOVEMBER_DAY.plusDays(2)
                .atTime(18, 30).atZone(java.time.ZoneId.of("America/New_York")).toInstant(), 12);
        Page visitor = browser.newPage(Browser.PHONE);
        visitor.navigate(home + "events/" + e.slug);
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(visitor.locator("html")).hasAttribute("lang", "es");
        assertThat(visitor.locator("h2#rsvp")).hasText("Confirma tu asistencia");
        assertThat(visitor.locator(".facts")).containsText("de noviembre de");
        Browser.check(visitor, "event-es");

        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voy")).click();
        assertThat(visitor.locator("#firstName-error")).containsText("Escribe tu nombre");
        Browser.check(visitor, "event-es-errors");

        visitor.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Lucía");
        visitor.getByLabel("Correo electrónico").fill("lucia.navegador@example.net");
        visitor.waitForTimeout(3500); // people take a few seconds; the form refuses faster robots
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voy")).click();
        // Not signed in: the same answer whether or not the address was known (the details go by e-mail).
        assertThat(visitor.locator(".flash")).containsText("Enviamos los detalles de tu respuesta");
        // The thank-you page (issue 14): share and calendar links in Spanish, nothing loaded from those sites.
        assertThat(visitor.locator("h1")).hasText("Gracias por responder");
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agregar a Google Calendar"))).isVisible();
        Browser.check(visitor, "event-es-rsvp-thanks");
    }
}
