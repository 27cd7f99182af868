package org.advocacyhub.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host writes to the people coming, in a real Chromium at 390 and 1280 px with axe-core, in English and in
 * Spanish: the form, its errors, the preview, the sent list; and the pages at the door and for one answer.
 * @TestSecurity stands in for the login (the Keycloak journey is EventsBrowserTest's).
 */
@QuarkusTest
@TestSecurity(user = "browser-msg-host", roles = "volunteer")
@OidcSecurity(claims = {@Claim(key = "name", value = "Marisol Host"), @Claim(key = "email", value = "marisol@example.org"),
    @Claim(key = "email_verified", value = "true")})
class AttendeeMessagesBrowserTest {

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

    private Event eventWithPeople(String title) {
        Event e = EventFixtures.event(title, EventStatus.PUBLISHED, "05401", Instant.now().plus(3, ChronoUnit.DAYS), 2,
                "browser-msg-host");
        AttendeeMessagesTest.answer(e, title.hashCode() + ".going@example.net", "Gloria", "es", RsvpStatus.GOING, false);
        AttendeeMessagesTest.answer(e, title.hashCode() + ".waiting@example.net", "Walt", "en", RsvpStatus.WAITLISTED, false);
        return e;
    }

    @Test
    void theHostWritesPreviewsAndSendsInEnglish() {
        Event e = eventWithPeople("Browser message picnic");
        Page page = browser.newPage(Browser.DESKTOP);
        page.navigate(home + "events/" + e.slug + "/attendees");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write to the people coming")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Write to the people coming"))).isVisible();
        Browser.check(page, "messages-form");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the message")).click();
        assertThat(page.locator(".error-summary")).containsText("Enter a subject");
        Browser.check(page, "messages-form-errors");

        page.getByLabel("Subject").fill("Parking has moved to the back lot");
        page.getByLabel("Message").fill("Please park behind the library.\nThe ramp is on the left side of the building.");
        page.getByLabel("Let people reply to me at marisol@example.org").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the message")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your message"))).isVisible();
        assertThat(page.locator(".mail-preview")).containsText("Hello Gloria,");
        assertThat(page.locator(".mail-preview")).containsText("Please park behind the library.");
        Browser.check(page, "messages-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to 1 person")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Your message is on its way to 1 person.");
        assertThat(page.locator(".message-list")).containsText("Parking has moved to the back lot");
        Browser.check(page, "messages-sent");

        page.navigate(home + "events/" + e.slug + "/check-in/walk-in");
        Browser.check(page, "walk-in-form");
        page.navigate(home + "events/" + e.slug + "/attendees");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Walt Tester")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move up from the waiting list"))).isVisible();
        Browser.check(page, "attendee-answer");
        page.navigate(home + "events/" + e.slug + "/next-step");
        Browser.check(page, "next-step-form");
        page.context().close();
    }

    @Test
    void theHostWritesAndPreviewsInSpanish() {
        Event e = eventWithPeople("Picnic del mensaje");
        Page page = browser.newPage(Browser.PHONE);
        page.navigate(home + "events/" + e.slug + "/messages");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Escribir a las personas que vienen"))).isVisible();
        Browser.check(page, "messages-form-es");

        page.getByLabel("Personas en la lista de espera (1)").check();
        page.getByLabel("Asunto").fill("Puede que se libere un lugar");
        page.getByLabel("Mensaje").fill("Guarda la fecha, por favor.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ver cómo queda el mensaje")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Revisa tu mensaje"))).isVisible();
        assertThat(page.locator(".mail-preview")).containsText("Guarda la fecha, por favor.");
        assertThat(page.locator(".facts")).containsText("No le llegan a nadie");
        Browser.check(page, "messages-preview-es");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambiar el mensaje")).click();
        assertThat(page.getByLabel("Asunto")).hasValue("Puede que se libere un lugar");
        page.context().close();
    }
}
