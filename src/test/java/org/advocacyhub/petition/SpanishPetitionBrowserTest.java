package org.advocacyhub.petition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocacyhub.mail.OutboxSender;
import org.advocacyhub.testsupport.Browser;
import org.advocacyhub.testsupport.InjectMailServer;
import org.advocacyhub.testsupport.Mailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visitor whose browser says English switches the site to Spanish from the header, and everything
 * after speaks Spanish: the petition, the form and its messages, the thank-you page, the e-mail and the
 * confirmation. axe-core checks every Spanish page at 390 and 1280 px (long Spanish words included).
 */
@QuarkusTest
class SpanishPetitionBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @InjectMailServer
    GreenMail mail;

    @Inject
    OutboxSender sender;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    static Locator label(Page page, String name) {
        return page.getByLabel(name, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aVisitorSwitchesToSpanishSignsAndConfirmsInSpanish() throws Exception {
        String title = "Más fondos para la investigación de la esclerosis múltiple";
        Petition petition = PetitionFixtures.open(title);

        Page page = browser.newPage(Browser.PHONE);
        page.navigate(home.toString());
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();

        // The whole site is Spanish now, and stays so from page to page (the switcher's cookie).
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Principal"));
        assertThat(nav).containsText("Peticiones");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))).isVisible();
        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Peticiones")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Peticiones");
        Browser.check(page, "es-petition-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#sign")).hasText("Firma la petición");
        assertThat(page.locator("#count-text")).containsText("0 personas firmaron");
        Browser.check(page, "es-petition-page");

        // A mistake first: the messages are Spanish, beside the fields, and what was typed stays.
        label(page, "Nombre").fill("Valentina");
        label(page, "Correo electrónico").fill("valentina.navegador@example");
        button(page, "Firmar la petición").click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary] h2")).hasText("Hay un problema");
        assertThat(page.locator("#lastName-error")).containsText("Escribe tu apellido");
        assertThat(page.locator("#email-error")).containsText("Escribe un correo electrónico con el formato correcto");
        assertThat(label(page, "Nombre")).hasValue("Valentina");
        Browser.check(page, "es-petition-errors");

        label(page, "Apellido").fill("Hernández");
        label(page, "Correo electrónico").fill("valentina.navegador@example.net");
        label(page, "Código postal (ZIP)").fill("05401");
        label(page, "¿Por qué firmas? (opcional)").fill("Mi hermana vive con EM desde hace diez años.");
        label(page, "Mostrar en esta página mi nombre, la inicial de mi apellido y mi estado").check();
        page.waitForTimeout(3500); // people take a few seconds; the form refuses faster robots
        button(page, "Firmar la petición").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Gracias por firmar");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("#count-text")).containsText("1 persona firmó");
        assertThat(page.locator(".share-links")).containsText("Compartir por correo electrónico");
        Browser.check(page, "es-petition-thanks");

        Mailbox.deliverAll(sender);
        MimeMessage message = Mailbox.to(mail, "valentina.navegador@example.net").get(0);
        assertEquals("Confirma tu firma: " + title, message.getSubject());
        String body = message.getContent().toString();
        assertTrue(body.contains("Hola, Valentina:"), body);
        assertTrue(body.contains("Gracias por firmar “" + title + "”."), body);
        assertTrue(body.contains("Las firmas confirmadas tienen más peso"), body);
        Matcher link = Pattern.compile("http://\\S+/petitions/confirm/\\d+\\?token=\\S+").matcher(body);
        assertTrue(link.find(), body);

        page.navigate(link.group());
        assertThat(page.locator("h1")).hasText("Confirma tu firma");
        Browser.check(page, "es-petition-confirm");
        button(page, "Confirmar mi firma").click();
        assertThat(page.locator(".flash")).containsText("tu correo está confirmado");
        assertThat(page.locator(".standing")).containsText("1 de ellas confirmó su correo electrónico");
        assertThat(page.locator(".recent-signers")).containsText("Valentina H., VT");
        assertTrue(page.url().endsWith("/petitions/" + petition.slug), page.url());
        Browser.check(page, "es-petition-confirmed");
        page.context().close();
    }
}
