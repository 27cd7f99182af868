package org.advocacyhub.supporter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A coordinator finds people, opens one, tags them, and reads the audit trail, in English and in
 * Spanish, at 390 and 1280 px with axe-core on each page (issue 15).
 */
@QuarkusTest
class SupportersBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @Inject
    EntityManager em;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aCoordinatorFindsAPersonTagsThemAndReadsTheAuditTrail() {
        String t = "br" + Long.toString(System.nanoTime(), 36);
        long ana = QuarkusTransaction.requiringNew().call(() -> {
            long id = Supporter.upsert(t + "-ana@example.org", "Ana", "Browser" + t, "05401",
                    new Supporter.Consent("petition:" + t, "E-mail me news about events and campaigns"), null, "es").id;
            Supporter.upsert(t + "-bo@example.org", "Bo", "Browser" + t, "05446", null, null, "en");
            em.createNativeQuery("INSERT INTO supporter_note (supporter_id, body, author_name) VALUES (?1, ?2, 'Cora')")
                    .setParameter(1, id).setParameter(2, "Prefers a phone call in the morning.").executeUpdate();
            return id;
        });
        Page cora = browser.newPage(Browser.DESKTOP);
        Browser.signIn(cora, home.toString(), "/coordinator/supporters", "coordinator", "coordinator-demo");
        assertThat(cora.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Find supporters");
        cora.locator("#q").fill(t);
        cora.locator("#zip").fill("05401");
        cora.locator("#radius").selectOption("10");
        cora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(cora.locator("#results-heading")).hasText("2 people found");
        Browser.check(cora, "supporters-search");

        cora.locator("#zip").fill("5401");
        cora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(cora.locator(".error-summary")).containsText("Enter a ZIP code of 5 digits");
        Browser.check(cora, "supporters-search-error");

        cora.navigate(home + "coordinator/supporters/" + ana);
        cora.locator("#tagName").fill("Phone tree " + t);
        cora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the tag")).click();
        assertThat(cora.locator(".flash")).containsText("The tag is added.");
        assertThat(cora.locator("table")).containsText("Tagged “Phone tree " + t + "”");
        Browser.check(cora, "supporter-person");

        cora.navigate(home + "coordinator/audit?action=TAG");
        assertThat(cora.locator("table")).containsText("supporter:" + ana);
        Browser.check(cora, "audit-trail");

        // The same pages in Spanish.
        cora.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(cora.locator("html")).hasAttribute("lang", "es");
        assertThat(cora.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Registro de auditoría");
        Browser.check(cora, "audit-trail-es");
        cora.navigate(home + "coordinator/supporters?q=" + t + "&language=es");
        assertThat(cora.locator("#results-heading")).hasText("Encontramos 1 persona");
        Browser.check(cora, "supporters-search-es");
        cora.navigate(home + "coordinator/supporters/" + ana);
        assertThat(cora.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Todo, lo más antiguo primero"))).isVisible();
        Browser.check(cora, "supporter-person-es");
        cora.context().close();
    }
}
