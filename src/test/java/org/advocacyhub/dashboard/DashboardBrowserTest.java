package org.advocacyhub.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.util.List;
import org.advocacyhub.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The dashboard in a real browser at 390 and 1280 px, and the coordinator role granted and revoked
 * on the People page: Keycloak's admin API sees it, and so does the person's next sign-in.
 */
@QuarkusTest
class DashboardBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @Inject
    Keycloak keycloak;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private String newVolunteer(String username) {
        UserRepresentation u = new UserRepresentation();
        u.setUsername(username);
        u.setFirstName("Dana");
        u.setLastName("Newcomer");
        u.setEmail(username + "@example.org");
        u.setEmailVerified(true);
        u.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("dana-demo-password");
        password.setTemporary(false);
        u.setCredentials(List.of(password));
        try (Response created = keycloak.realm("advocacy").users().create(u)) {
            String id = CreatedResponseUtil.getCreatedId(created);
            RoleRepresentation volunteer = keycloak.realm("advocacy").roles().get("volunteer").toRepresentation();
            keycloak.realm("advocacy").users().get(id).roles().realmLevel().add(List.of(volunteer));
            return id;
        }
    }

    private boolean isCoordinatorInKeycloak(String id) {
        return keycloak.realm("advocacy").users().get(id).roles().realmLevel().listEffective().stream()
                .anyMatch(r -> r.getName().equals("coordinator"));
    }

    /** A fresh browser context signs in as Dana and says whether the coordinator pages open. */
    private boolean danaReachesTheDashboard(String username) {
        Page dana = browser.newPage(Browser.DESKTOP);
        try {
            Browser.signIn(dana, home.toString(), null, username, "dana-demo-password");
            com.microsoft.playwright.Response r = dana.navigate(home + "coordinator");
            return r.status() == 200;
        } finally {
            dana.context().close();
        }
    }

    @Test
    void theDashboardReadsAtBothWidthsAndRolesChangeInKeycloak() {
        String username = "dana" + Long.toString(System.nanoTime(), 36);
        String danaId = newVolunteer(username);
        assertFalse(danaReachesTheDashboard(username));

        Page cora = browser.newPage(Browser.DESKTOP);
        Browser.signIn(cora, home.toString(), "/coordinator", "coordinator", "coordinator-demo");
        assertThat(cora.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Coordinator overview");
        assertThat(cora.locator("svg.chart").first()).isVisible();
        Browser.check(cora, "dashboard-overview");

        // The other coordinator pages read at both widths too.
        cora.navigate(home + "coordinator/letters");
        Browser.check(cora, "letters-admin-list");
        cora.navigate(home + "coordinator/letters/new");
        Browser.check(cora, "letters-admin-new");
        cora.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Save")).first().click();
        Browser.check(cora, "letters-admin-new-error");
        cora.navigate(home + "coordinator/letters/legislators");
        Browser.check(cora, "legislators-upload");
        cora.navigate(home + "coordinator/events");
        Browser.check(cora, "approval-queue-dashboard");

        cora.navigate(home + "coordinator/people?q=" + username);
        Browser.check(cora, "people-search");
        cora.locator("tr", new Page.LocatorOptions().setHasText(username))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make coordinator")).click();
        assertThat(cora.locator(".flash")).containsText("they are a coordinator");
        assertTrue(isCoordinatorInKeycloak(danaId), "Keycloak's admin API sees the grant");
        assertTrue(danaReachesTheDashboard(username), "the next sign-in carries the role");

        cora.locator("tr", new Page.LocatorOptions().setHasText(username))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make volunteer")).click();
        assertThat(cora.locator(".flash")).containsText("no longer a coordinator");
        assertFalse(isCoordinatorInKeycloak(danaId));
        assertFalse(danaReachesTheDashboard(username));

        // A coordinator cannot take the role from themselves: no button, and a forged request is refused.
        cora.navigate(home + "coordinator/people?q=coordinator");
        Locator me = cora.locator("tr", new Page.LocatorOptions().setHasText("(you)"));
        assertThat(me).containsText("Another coordinator can change this");
        assertEquals(0, me.getByRole(AriaRole.BUTTON).count());
        String myId = keycloak.realm("advocacy").users().search("coordinator", true).get(0).getId();
        String token = cora.locator("input[name=csrf-token]").first().inputValue();
        cora.request().post(home + "coordinator/people/" + myId + "/coordinator/revoke",
                com.microsoft.playwright.options.RequestOptions.create().setForm(
                        com.microsoft.playwright.options.FormData.create().set("csrf-token", token)));
        assertTrue(isCoordinatorInKeycloak(myId), "still a coordinator");
        cora.context().close();
    }

    @Test
    void theSpanishOverviewAndPeoplePageReadAtBothWidths() {
        Page cora = browser.newPage(Browser.DESKTOP);
        Browser.signIn(cora, home.toString(), "/coordinator", "coordinator", "coordinator-demo");
        // The header's switcher: a cookie, then back to the same page.
        cora.navigate(home + "language?to=es&then=/coordinator");
        assertThat(cora.locator("html")).hasAttribute("lang", "es");
        assertThat(cora.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Resumen para coordinadores");
        assertThat(cora.locator("svg.chart").first()).isVisible();
        cora.locator("details.chart-table summary").first().click();
        Browser.check(cora, "dashboard-overview-es");
        cora.navigate(home + "coordinator/people?q=coordinator");
        assertThat(cora.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Personas");
        Browser.check(cora, "people-search-es");
        // What was typed comes back as typed, escaped once, inside the translated heading.
        cora.navigate(home + "coordinator/people?q=%3Cb%3Ex%26y");
        assertThat(cora.locator("#people-heading")).hasText("0 cuentas que coinciden con “<b>x&y”");
        cora.context().close();
    }
}
